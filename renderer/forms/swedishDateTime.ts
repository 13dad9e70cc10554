import { isRealDate, isRealTime } from '../../shared/validation/dateTime';

/**
 * A date as a Swedish secretary types it, as "YYYY-MM-DD", or null when it is not a real day.
 * Accepts "2020-12-16", "2020-12-6", "2020 12 16", "2020.12.16" and "20201216"; never guesses
 * day-month order from "12/16/2020"-style dates, which are ambiguous.
 */
export function parseSwedishDate(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{4})[-. ](\d{1,2})[-. ](\d{1,2})$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}

/** The day before or after a valid "YYYY-MM-DD" (for the arrow keys). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! + days));
  return date.toISOString().slice(0, 10);
}

/** A time as typed ("9.00", "0900", "9:00", "09:00") as "HH:MM", or null when it is not one. */
export function parseSwedishTime(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(t) ?? /^(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const hhmm = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  return isRealTime(hhmm) ? hhmm : null;
}

/** A valid "HH:MM" moved by some minutes, staying within the day. */
export function addMinutes(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number);
  const total = Math.min(23 * 60 + 59, Math.max(0, h! * 60 + m! + minutes));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}
