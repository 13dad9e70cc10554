/**
 * Swedish personnummer and samordningsnummer in free text: YYMMDD-XXXX, YYYYMMDD-XXXX, with "-",
 * "+" (100 years or older) or no separator. A samordningsnummer adds 60 to the day.
 */

// Not part of a longer run of digits (a phone number, an account number) on either side.
const CANDIDATE = /(?<![\d])((?:18|19|20)?\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?!\d)/g;

function validMonthAndDay(month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  const realDay = d > 60 ? d - 60 : d;
  return m >= 1 && m <= 12 && realDay >= 1 && realDay <= 31;
}

/** The Luhn check digit test over the ten digits YYMMDDXXXX. */
function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let v = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return sum % 10 === 0;
}

interface Found {
  index: number;
  text: string;
  century: boolean;
}

function* candidates(text: string): Generator<Found> {
  for (const m of text.matchAll(CANDIDATE)) {
    const [whole, year, month, day, separator, last] = m as unknown as string[];
    if (!validMonthAndDay(month!, day!)) continue;
    const century = year!.length === 4;
    // Ten bare digits are also what a mobile number ("0701234567") looks like: only a number
    // with a valid check digit counts then. With a separator or a century the form is
    // unambiguous enough, and a mistyped number must not reach the web either.
    if (!century && separator === '' && !luhnValid(`${year}${month}${day}${last}`)) continue;
    yield { index: m.index, text: whole!, century };
  }
}

/** True when the text contains at least one personnummer or samordningsnummer. */
export function containsPersonalIdentityNumber(text: string): boolean {
  return !candidates(text).next().done;
}

/** "Anna, 19800101-1234" → "Anna, ÅÅÅÅMMDD-XXXX"; the rest of the text is left as it was. */
export function maskPersonalIdentityNumbers(text: string): string {
  let out = '';
  let at = 0;
  for (const found of candidates(text)) {
    out += text.slice(at, found.index) + (found.century ? 'ÅÅÅÅMMDD-XXXX' : 'ÅÅMMDD-XXXX');
    at = found.index + found.text.length;
  }
  return at === 0 ? text : out + text.slice(at);
}
