import { useLayoutEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { plainTextToAttSatser } from '../paste/plainTextToRichText';
import {
  pasteAttSatser,
  removeAttSats,
  setAttSats,
  splitAttSats,
  type AttSatsEdit,
} from './attSatsList';

interface Props {
  /** Accessible name prefix: "Att-sats" gives "Att-sats 1", "Att-sats 2" … */
  labelPrefix: string;
  /** "decision.attSatser": each field is this with its index, for warnings that point here. */
  field?: string;
  attSatser: readonly string[];
  /** `intro` is set when a pasted decision began with its intro line ("Nämnden beslutar"). */
  onChange(next: string[], intro?: string): void;
}

/**
 * The att-satser of a decision or proposal as an editable list: Enter starts the next att-sats,
 * Backspace at the start of one joins it onto (or, when empty, removes it into) the previous.
 */
export function AttSatsEditor({ labelPrefix, field, attSatser, onChange }: Props) {
  const list = attSatser.length > 0 ? attSatser : [''];
  const fields = useRef<(HTMLTextAreaElement | null)[]>([]);
  // Where the caret goes once the edited list has rendered.
  const pendingFocus = useRef<AttSatsEdit['focus'] | null>(null);

  const focusField = (target: AttSatsEdit['focus']) => {
    const field = fields.current[target.index];
    if (!field) return false;
    field.focus();
    field.setSelectionRange(target.offset, target.offset);
    return true;
  };

  useLayoutEffect(() => {
    if (pendingFocus.current && focusField(pendingFocus.current)) pendingFocus.current = null;
  });

  const apply = (edit: AttSatsEdit | null, intro?: string) => {
    if (!edit) return;
    pendingFocus.current = edit.focus;
    onChange(edit.list, intro);
  };

  // Several pasted lines become att-satser ("att …" starts each one); a single line pastes as text.
  const onPaste = (index: number) => (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!/\n\s*\S/.test(text.trim())) return;
    const { intro, attSatser } = plainTextToAttSatser(text);
    const lines = attSatser.length > 0 ? attSatser : [intro];
    e.preventDefault();
    const field = e.currentTarget;
    const edit = pasteAttSatser(list, index, field.selectionStart, field.selectionEnd, lines);
    apply(edit, attSatser.length > 0 && intro ? intro : undefined);
  };

  const onKeyDown = (index: number) => (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const field = e.currentTarget;
    const atStart = field.selectionStart === 0 && field.selectionEnd === 0;
    if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey) {
      e.preventDefault();
      apply(splitAttSats(list, index, field.selectionStart));
    } else if (e.key === 'Backspace' && atStart && index > 0) {
      e.preventDefault();
      apply(removeAttSats(list, index));
    } else if (e.key === 'ArrowUp' && atStart && index > 0) {
      e.preventDefault();
      focusField({ index: index - 1, offset: list[index - 1]?.length ?? 0 });
    } else if (
      e.key === 'ArrowDown' &&
      field.selectionStart === field.value.length &&
      index < list.length - 1
    ) {
      e.preventDefault();
      focusField({ index: index + 1, offset: 0 });
    }
  };

  return (
    <ol className="att-satser">
      {list.map((text, index) => (
        <li key={index}>
          <textarea
            ref={(el) => {
              fields.current[index] = el;
            }}
            rows={1}
            className="att-sats"
            aria-label={`${labelPrefix} ${index + 1}`}
            data-field={field ? `${field}[${index}]` : undefined}
            placeholder="att …"
            value={text}
            onChange={(e) => onChange(setAttSats(list, index, e.target.value))}
            onKeyDown={onKeyDown(index)}
            onPaste={onPaste(index)}
          />
        </li>
      ))}
    </ol>
  );
}
