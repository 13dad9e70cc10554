/**
 * The law's dates around the anslag (Kommunallagen 8 kap. 12 § and 13 kap. 5 §): the justering is
 * announced on the anslagstavla at the latest the second day after justering; the appeal period
 * is three weeks from the day of the anslag, and the anslag stays up until it has run out.
 */
export const LATEST_POSTING_DAYS = 2;
export const APPEAL_PERIOD_DAYS = 21;

/** YYYY-MM-DD plus a number of days, in the calendar (no time zones involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  const ms = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** The day the appeal period ends: three weeks after the anslag. */
export function appealEndDate(postedDate: string): string {
  return addDays(postedDate, APPEAL_PERIOD_DAYS);
}

/**
 * Dates that meet the rules for a justering on `adjustmentDate`: posted the day after, taken
 * down when the appeal period has run out.
 */
export function suggestedNoticeDates(adjustmentDate: string): {
  postedDate: string;
  removalDate: string;
} {
  const postedDate = addDays(adjustmentDate, 1);
  return { postedDate, removalDate: appealEndDate(postedDate) };
}
