import { useEffect, useId, useState } from 'react';
import { warning, type WarningLocation } from '../../shared/validation/warning';
import { fieldProblems } from '../core/state/fieldProblems';
import type { Reading } from './swedishDateTime';

export interface Format {
  /** What the typed text says; never another value than typed. */
  read(text: string): Reading;
  /** ↑/↓ on a valid value. */
  step(value: string, direction: 1 | -1): string;
  placeholder: string;
  maxLength: number;
  /** Shown once the field is left with something of the wrong form. */
  help: string;
  /** Warning code and English noun for Att kontrollera and the log. */
  code: string;
  en: string;
}

interface Props {
  label: string;
  /** In the model's form, or "" for none. */
  value: string;
  onValue(value: string): void;
  format: Format;
  className?: string;
  /** Form field name, so a form can read the text as typed. */
  name?: string;
  /**
   * Where Att kontrollera points for this field. With it, a value that cannot be stored is
   * listed among the draft's warnings and shown again when the field is shown again.
   */
  problemAt?: { draftId: string; location: WarningLocation };
}

/** The Swedish message for what was typed, or null when it is fine (or not finished). */
export function problemText(format: Format, text: string, left: boolean): string | null {
  if (text.trim() === '') return null;
  const r = format.read(text);
  if (r.kind === 'nonexistent') return `${r.shown} finns inte.`;
  if (r.kind === 'format' && left) return format.help;
  return null;
}

/**
 * A labelled text field for a value with a fixed Swedish form (a date, a time). The model only
 * receives values that exist, or "": an impossible or half-typed value stays in the field as
 * typed, with a message, and is never stored as something else (2026-02-30 is not 2026-02-03).
 * The text is selected on focus, so typing replaces it as in the native date and time inputs.
 */
export function FormattedField(props: Props) {
  const { label, value, onValue, format, className, name, problemAt } = props;
  const id = useId();
  const remembered = problemAt && fieldProblems.find(problemAt.draftId, problemAt.location);
  const [text, setText] = useState(remembered ? remembered.text : value);
  const [shown, setShown] = useState(value);
  const [left, setLeft] = useState(Boolean(remembered));
  const reading = format.read(text);
  // A value changed elsewhere (a reload, a restored version) replaces what the field shows.
  if (shown !== value) {
    setShown(value);
    if (!(reading.kind === 'value' && reading.value === value)) setText(value);
  }
  const message = problemText(format, text, left);
  const helpId = `${id}-help`;

  const draftId = problemAt?.draftId;
  const kind = problemAt?.location.kind;
  const locId = problemAt?.location.id;
  const field = problemAt?.location.field;
  useEffect(() => {
    if (draftId === undefined || !kind) return;
    const location: WarningLocation = { kind, id: locId, field };
    if (message === null) fieldProblems.clear(draftId, location);
    else
      fieldProblems.set({
        draftId,
        text,
        warning: warning(
          format.code,
          location,
          `${label}: ${message}`,
          `${format.en}: "${text.trim()}" cannot be stored`,
        ),
      });
  }, [draftId, kind, locId, field, message, text, label, format]);

  // Commits only a complete value; "2026-02-3" may still become "2026-02-30".
  const change = (next: string) => {
    setText(next);
    const r = format.read(next);
    if (next.trim() === '') onValue('');
    else if (r.kind === 'value' && r.complete) onValue(r.value);
  };
  const settle = () => {
    setLeft(true);
    const r = format.read(text);
    if (r.kind === 'value') {
      setText(r.value);
      if (r.value !== value) onValue(r.value);
    }
  };

  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={format.maxLength}
        placeholder={format.placeholder}
        value={text}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? helpId : undefined}
        onFocus={(e) => e.target.select()}
        onChange={(e) => {
          setLeft(false);
          change(e.target.value);
        }}
        onBlur={settle}
        onKeyDown={(e) => {
          if (e.key === 'Enter') return settle();
          if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
          const r = format.read(text);
          if (r.kind !== 'value') return;
          e.preventDefault();
          change(format.step(r.value, e.key === 'ArrowUp' ? 1 : -1));
        }}
      />
      {message && (
        <div id={helpId} className="hint error" role="status">
          {message}
        </div>
      )}
    </div>
  );
}
