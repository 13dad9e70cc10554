import { useId, useState } from 'react';

export interface Format {
  /** The model's form of what was typed, or null when it is not valid. */
  parse(text: string): string | null;
  /** ↑/↓ on a valid value. */
  step(value: string, direction: 1 | -1): string;
  placeholder: string;
  maxLength: number;
  /** Shown once the field is left with something that does not parse. */
  help: string;
}

interface Props {
  label: string;
  /** In the model's form, or "" for none. */
  value: string;
  onValue(value: string): void;
  format: Format;
  className?: string;
}

/**
 * A labelled text field for a value with a fixed Swedish form (a date, a time). The model only
 * receives valid values or ""; what does not parse stays in the field, with help once it is left.
 * The text is selected on focus, so typing replaces it as in the native date and time inputs.
 */
export function FormattedField({ label, value, onValue, format, className }: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const [left, setLeft] = useState(false);
  // A value changed elsewhere (a reload, a restored version) replaces what the field shows.
  if (shown !== value) {
    setShown(value);
    if (format.parse(text) !== value) setText(value);
  }
  const showHelp = left && text.trim() !== '' && format.parse(text) === null;
  const helpId = `${id}-help`;

  const change = (next: string) => {
    setText(next);
    if (next.trim() === '') onValue('');
    else {
      const parsed = format.parse(next);
      if (parsed) onValue(parsed);
    }
  };

  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={format.maxLength}
        placeholder={format.placeholder}
        value={text}
        aria-invalid={showHelp ? true : undefined}
        aria-describedby={showHelp ? helpId : undefined}
        onFocus={(e) => e.target.select()}
        onChange={(e) => {
          setLeft(false);
          change(e.target.value);
        }}
        onBlur={() => {
          setLeft(true);
          const parsed = format.parse(text);
          if (parsed) setText(parsed);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
          const parsed = format.parse(text);
          if (!parsed) return;
          e.preventDefault();
          change(format.step(parsed, e.key === 'ArrowUp' ? 1 : -1));
        }}
      />
      {showHelp && (
        <div id={helpId} className="hint error">
          {format.help}
        </div>
      )}
    </div>
  );
}
