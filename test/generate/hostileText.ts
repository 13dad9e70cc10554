import { pick, seededRandom } from './random';

/**
 * Text a stranger's protokoll may hold, built from the pieces that break outputs: formula
 * starters (= + - @, tab, CR), markup, quotes and separators of CSV, line breaks, control
 * characters, non-Latin scripts and emoji; up to `max` characters (the schema's limit).
 */
const PIECES = [
  '=HYPERLINK("http://evil.example","klicka")',
  '=1+1',
  '+SUM(A1:A9)',
  '-2+3',
  '@SUM(1)',
  '\t=cmd|calc',
  '\r=1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<mark>falsk</mark>',
  '&amp; &lt; &#0;',
  '"; DROP',
  ';;;',
  '"""',
  '\n\r\n',
  '\u0000\u0001\u0008\u000b\u001f',
  '\u202e',
  'ÅÄÖ åäö',
  '😀',
  '‮',
  ']]>',
  '${x}',
];

export function hostileStrings(seed: number, count: number, max: number): string[] {
  const random = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = pick(random, PIECES);
    const n = Math.floor(random() * 6);
    for (let k = 0; k < n; k++) s += pick(random, [' ', '', 'beslut ']) + pick(random, PIECES);
    out.push(s.slice(0, max));
  }
  // One at the limit: a huge text.
  out.push(`=${'Långt beslut <b>fet</b> '.repeat(Math.ceil(max / 24))}`.slice(0, max));
  return out;
}
