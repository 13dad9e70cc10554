import { isRealDate, isRealTime } from '../../shared/validation/dateTime';

/**
 * What a typed date or time says: a value in the model's form, a well-formed value that does not
 * exist ("2026-02-30", "25:00"), or text of the wrong form. Never a different value than typed.
 */
export type Reading =
  | { kind: 'value'; value: string; complete: boolean }
  | { kind: 'nonexistent'; shown: string }
  | { kind: 'format' };

const DATE_FORMS = [/^(\d{4})[-. ](\d{1,2})[-. ](\d{1,2})$/, /^(\d{4})(\d{2})(\d{2})$/];
const TIME_FORMS = [/^(\d{1,2})[:.](\d{2})$/, /^(\d{2})(\d{2})$/];

/**
 * A date as a Swedish secretary types it: "2020-12-16", "2020-12-6", "2020 12 16", "2020.12.16"
 * and "20201216"; never guesses day-month order from "12/16/2020"-style dates, which are ambiguous.
 * `complete` is false for a one-digit day, which may still be the start of a two-digit one.
 */
export function readSwedishDate(text: string): Reading {
  const t = text.trim();
  const m = DATE_FORMS.map((re) => re.exec(t)).find(Boolean);
  if (!m) return { kind: 'format' };
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  if (!isRealDate(iso)) return { kind: 'nonexistent', shown: iso };
  return { kind: 'value', value: iso, complete: m[3]!.length === 2 };
}

/** A time as typed ("9.00", "0900", "9:00", "09:00"), 24-hour. */
export function readSwedishTime(text: string): Reading {
  const t = text.trim();
  const m = TIME_FORMS.map((re) => re.exec(t)).find(Boolean);
  if (!m) return { kind: 'format' };
  const hhmm = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  if (!isRealTime(hhmm)) return { kind: 'nonexistent', shown: hhmm };
  return { kind: 'value', value: hhmm, complete: true };
}

/** A typed date as "YYYY-MM-DD", or null when it is not a real day. */
export function parseSwedishDate(text: string): string | null {
  const r = readSwedishDate(text);
  return r.kind === 'value' ? r.value : null;
}

/** A typed time as "HH:MM", or null when it is not a time of day. */
export function parseSwedishTime(text: string): string | null {
  const r = readSwedishTime(text);
  return r.kind === 'value' ? r.value : null;
}

/** The day before or after a valid "YYYY-MM-DD" (for the arrow keys). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! + days));
  return date.toISOString().slice(0, 10);
}

/** A valid "HH:MM" moved by some minutes, staying within the day. */
export function addMinutes(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number);
  const total = Math.min(23 * 60 + 59, Math.max(0, h! * 60 + m! + minutes));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}
