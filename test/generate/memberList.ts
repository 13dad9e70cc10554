/** A member list as secretaries keep it in Excel: 13 ledamöter and 13 ersättare, per party. */
export const MEMBER_LIST_HEADER = [
  'Namn',
  'Parti',
  'Kommun',
  'Roll',
  'Ledamot/Ersättare',
  'Mandatperiod från',
  'Mandatperiod till',
  'Ordning',
];

const PARTIES = ['S', 'S', 'S', 'S', 'M', 'M', 'M', 'C', 'V', 'SD', 'SD', 'KD', 'L'];
const FIRST = [
  'Anna',
  'Erik',
  'Maria',
  'Johan',
  'Karin',
  'Lars',
  'Eva',
  'Per',
  'Lena',
  'Nils',
  'Åsa',
  'Örjan',
  'Märta',
];
const LAST = [
  'Öhman',
  'Lindqvist',
  'Berg',
  'Sundström',
  'Åberg',
  'Nyström',
  'Holm',
  'Ek',
  'Wallin',
  'Strand',
  'Lund',
  'Björk',
  'Sjöberg',
];

/** Rows (without the header): ledamöter first, then one ersättare per seat, ordered per party. */
export function memberListRows(): string[][] {
  const rows: string[][] = [];
  PARTIES.forEach((party, i) => {
    const role = i === 0 ? 'Ordförande' : i === 4 ? 'Vice ordförande' : 'Ledamot';
    rows.push([
      `${FIRST[i]} ${LAST[i]}`,
      party,
      'Boden',
      role,
      'Ledamot',
      '2023-01-01',
      '2026-12-31',
      '',
    ]);
  });
  const seen = new Map<string, number>();
  PARTIES.forEach((party, i) => {
    const n = (seen.get(party) ?? 0) + 1;
    seen.set(party, n);
    rows.push([
      `${FIRST[(i + 5) % 13]} ${LAST[(i + 7) % 13]}son`,
      party,
      'Luleå',
      'Ersättare',
      'Ersättare',
      '2023-01-01',
      '2026-12-31',
      String(n),
    ]);
  });
  return rows;
}

/** The rows as a CSV in Excel's Swedish style: `;`, quotes where needed, CRLF. */
export function toSemicolonCsv(rows: readonly string[][]): string {
  const cell = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}
