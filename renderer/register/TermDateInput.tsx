import { useState } from 'react';
import { readSwedishDate } from '../forms/swedishDateTime';

interface Props {
  label: string;
  value: string | undefined;
  onValue(value: string | undefined): void;
}

/**
 * A term date typed as ÅÅÅÅ-MM-DD in a table cell (Chromium's date input would show the
 * machine's format). Only a real date, or nothing, reaches the register; anything else is marked.
 */
export function TermDateInput({ label, value, onValue }: Props) {
  const [text, setText] = useState(value ?? '');
  const reading = readSwedishDate(text);
  const invalid = text.trim() !== '' && reading.kind !== 'value';
  return (
    <input
      aria-label={label}
      aria-invalid={invalid || undefined}
      title={invalid ? 'Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2027-01-01.' : undefined}
      placeholder="ÅÅÅÅ-MM-DD"
      maxLength={10}
      className="term-date"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const read = readSwedishDate(e.target.value);
        if (e.target.value.trim() === '') onValue(undefined);
        else if (read.kind === 'value') onValue(read.value);
      }}
    />
  );
}
