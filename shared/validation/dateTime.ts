/** Whether "YYYY-MM-DD" names a day that exists (2021-02-30 does not). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Whether "HH:MM" is a time of day, 00:00-23:59. */
export function isRealTime(value: string): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  return m !== null && Number(m[1]) <= 23 && Number(m[2]) <= 59;
}

/** Minutes since midnight of a valid "HH:MM". */
export function minutesOf(value: string): number {
  const [h, m] = value.split(':').map(Number);
  return h! * 60 + m!;
}
