import { describe, expect, it } from 'vitest';
import { registerPeopleFromTable } from '../../../../shared/register/registerTable';
import { registerSchema, emptyRegister } from '../../../../shared/register/registerSchema';
import {
  decodeTableBytes,
  detectSeparator,
  parseDelimited,
} from '../../../../shared/register/tableText';
import { hostileStrings } from '../../../generate/hostileText';
import { MEMBER_LIST_HEADER, memberListRows, toSemicolonCsv } from '../../../generate/memberList';

/** Windows-1252 bytes of a text that only uses Latin-1 letters. */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('reading a member list table', () => {
  it('reads Excel’s Swedish CSV: semicolons, Windows-1252, CRLF', () => {
    const csv = toSemicolonCsv([MEMBER_LIST_HEADER, ...memberListRows()]);
    const rows = parseDelimited(decodeTableBytes(cp1252(csv)));
    const { people, problems } = registerPeopleFromTable(rows);
    expect(problems).toEqual([]);
    expect(people.filter((p) => p.kind === 'ledamot')).toHaveLength(13);
    expect(people.filter((p) => p.kind === 'ersattare')).toHaveLength(13);
    expect(people[0]).toMatchObject({
      name: 'Anna Öhman',
      party: 'S',
      organisation: 'Boden',
      role: 'ordforande',
      termStart: '2023-01-01',
      termEnd: '2026-12-31',
    });
    expect(people[4]!.role).toBe('vice-ordforande');
    const sErsattare = people.filter((p) => p.kind === 'ersattare' && p.party === 'S');
    expect(sErsattare.map((p) => p.order)).toEqual([1, 2, 3, 4]);
  });

  it('reads UTF-8 with a BOM and commas with quoted cells', () => {
    const text =
      '\uFEFFNamn,Parti,Roll\r\n"Öman, Beatrice",S,"Ordförande"\n"Per ""Pelle"" Ek",M,Ersättare\n';
    const bytes = new TextEncoder().encode(text);
    expect(detectSeparator(decodeTableBytes(bytes))).toBe(',');
    const { people } = registerPeopleFromTable(parseDelimited(decodeTableBytes(bytes)));
    expect(people.map((p) => [p.name, p.kind, p.role])).toEqual([
      ['Öman, Beatrice', 'ledamot', 'ordforande'],
      ['Per "Pelle" Ek', 'ersattare', undefined],
    ]);
    expect(people[1]!.order).toBe(1);
  });

  it('joins Förnamn and Efternamn, reads a Mandatperiod range and says what it skipped', () => {
    const rows = [
      ['Förnamn', 'Efternamn', 'Typ', 'Mandatperiod', 'Ordning'],
      ['Åsa', 'Lund', 'E', '2023–2026', 'två'],
      ['Nils', 'Berg', 'gäst', '2023-02-30', ''],
    ];
    const { people, problems } = registerPeopleFromTable(rows);
    expect(people[0]).toMatchObject({
      name: 'Åsa Lund',
      kind: 'ersattare',
      termStart: '2023-01-01',
      termEnd: '2026-12-31',
    });
    expect(problems.map((p) => p.row)).toEqual([2, 3, 3]);
    expect(problems[0]!.sv).toContain('två');
  });

  it('refuses a table without a name column with a Swedish message', () => {
    const { people, problems } = registerPeopleFromTable([
      ['Parti', 'Kommun'],
      ['S', 'Boden'],
    ]);
    expect(people).toEqual([]);
    expect(problems[0]!.sv).toContain('Namn');
  });

  it('keeps every hostile cell within the register schema, and CSV quoting round-trips', () => {
    const values = hostileStrings(12, 400, 400);
    const rows: string[][] = [MEMBER_LIST_HEADER];
    for (let i = 0; i + 8 <= values.length; i += 8) rows.push(values.slice(i, i + 8));
    const parsed = parseDelimited(toSemicolonCsv(rows), ';');
    // Blank rows are dropped; every other row comes back cell for cell.
    expect(parsed).toEqual(rows.filter((r) => r.some((c) => c.trim() !== '')));
    const { people } = registerPeopleFromTable(parsed);
    expect(people.length).toBeGreaterThan(0);
    const register = { ...emptyRegister('Nämnden', new Date(0)), people };
    expect(registerSchema.safeParse(register).success).toBe(true);
  });
});
