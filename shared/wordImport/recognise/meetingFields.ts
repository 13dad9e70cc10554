const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

const pad = (n: number) => String(n).padStart(2, '0');

function realDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? `${y}-${pad(m)}-${pad(d)}`
    : undefined;
}

/** "2020-12-16", "16 december 2020", "onsdag 16 dec 2020" → "2020-12-16"; undefined when none. */
export function findDate(text: string): string | undefined {
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const long = /(\d{1,2})\s+([a-zåäö]{3,9})\.?\s+(\d{4})/i.exec(text);
  if (long) {
    const month = MONTHS.findIndex((m) => m.startsWith(long[2]!.toLowerCase().slice(0, 3)));
    if (month >= 0) return realDate(Number(long[3]), month + 1, Number(long[1]));
  }
  return undefined;
}

function time(h: string, m: string): string | undefined {
  const hh = Number(h);
  const mm = Number(m);
  return hh <= 23 && mm <= 59 ? `${pad(hh)}:${pad(mm)}` : undefined;
}

/** "09.00–12.00", "kl. 13:15-15", "13.00" → start and end times as HH:MM. */
export function findTimes(text: string): { start?: string; end?: string } {
  const range = /(\d{1,2})[.:](\d{2})\s*(?:[-–]|till)\s*(\d{1,2})(?:[.:](\d{2}))?/.exec(text);
  if (range) {
    const start = time(range[1]!, range[2]!);
    const end = time(range[3]!, range[4] ?? '00');
    return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  }
  const one = /(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})/.exec(text);
  const start = one ? time(one[1]!, one[2]!) : undefined;
  return start ? { start } : {};
}

/** The place in "Plats och tid" text: what is left after the date and times are taken out. */
export function placeWithoutDateAndTime(text: string): string {
  return text
    .replace(/(\d{4})-(\d{1,2})-(\d{1,2})/g, '')
    .replace(
      /(?:(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(en)?\s+(den\s+)?)?\d{1,2}\s+[a-zåäö]{3,9}\.?\s+\d{4}/gi,
      '',
    )
    .replace(/(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(\s*(?:[-–]|till)\s*\d{1,2}([.:]\d{2})?)?/gi, '')
    .replace(/\s*,(\s*,)+/g, ',')
    .replace(/^[\s,;–-]+|[\s,;–-]+$/g, '')
    .trim();
}
