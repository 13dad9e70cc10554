import { newId } from '../protocol/ids';
import { removeForbiddenCharacters } from '../protocol/forbiddenCharacters';
import {
  groupOf,
  MAX_REGISTER_PEOPLE,
  type RegisterKind,
  type RegisterPerson,
  type RegisterRole,
} from './registerSchema';

/**
 * A member list from a spreadsheet (CSV or XLSX, as rows of cell texts) into register people.
 * The header row names the columns in Swedish as secretaries write them ("Namn", "Parti",
 * "Roll", "Ledamot/Ersättare", "Mandatperiod från" …); unknown columns are ignored.
 */

type Field =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'party'
  | 'organisation'
  | 'role'
  | 'kind'
  | 'termStart'
  | 'termEnd'
  | 'term'
  | 'group'
  | 'order';

/** Header words (lower case, single spaces, no trailing punctuation) for each field. */
const HEADERS: Record<Field, readonly string[]> = {
  name: ['namn', 'name', 'fullständigt namn', 'ledamot namn', 'för- och efternamn'],
  firstName: ['förnamn', 'first name'],
  lastName: ['efternamn', 'last name'],
  party: ['parti', 'partibeteckning', 'party', 'partiförkortning'],
  organisation: [
    'kommun',
    'organisation',
    'kommun/organisation',
    'region',
    'förbundsmedlem',
    'organisation/kommun',
  ],
  role: ['roll', 'uppdrag', 'funktion', 'befattning', 'role'],
  kind: [
    'ledamot/ersättare',
    'ledamot eller ersättare',
    'typ',
    'kategori',
    'uppdragstyp',
    'ordinarie/ersättare',
    'kind',
  ],
  termStart: [
    'mandatperiod från',
    'från',
    'fr.o.m',
    'fr o m',
    'from',
    'startdatum',
    'period från',
    'vald från',
  ],
  termEnd: [
    'mandatperiod till',
    'till',
    't.o.m',
    't o m',
    'tom',
    'slutdatum',
    'period till',
    'vald till',
  ],
  term: ['mandatperiod', 'period'],
  group: ['grupp', 'ersättargrupp', 'inkallelsegrupp', 'partigrupp'],
  order: ['ordning', 'inkallelseordning', 'ersättarordning', 'turordning', 'nr', 'ordningsföljd'],
};

export interface TableProblem {
  /** 1-based row in the file, 0 for the file as a whole. */
  row: number;
  sv: string;
  en: string;
}

export interface TableImport {
  people: RegisterPerson[];
  problems: TableProblem[];
}

const normalise = (s: string) =>
  removeForbiddenCharacters(s)
    .trim()
    .toLocaleLowerCase('sv')
    .replace(/\s+/g, ' ')
    .replace(/[.:]+$/, '');

function fieldOfHeader(cell: string): Field | undefined {
  const h = normalise(cell);
  for (const [field, words] of Object.entries(HEADERS) as [Field, readonly string[]][]) {
    if (words.includes(h)) return field;
  }
  return undefined;
}

/** A cell as plain text within a length limit. */
const clean = (s: string | undefined, max: number) =>
  removeForbiddenCharacters(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);

function kindOf(value: string): RegisterKind | undefined {
  const v = normalise(value);
  if (/^(ledamot|ordinarie|ord|l|ledamöter)$/.test(v)) return 'ledamot';
  if (/^(ersättare|ersattare|ers|e|suppleant|ersättare\/suppleant)$/.test(v)) return 'ersattare';
  return undefined;
}

function roleOf(value: string): RegisterRole | undefined {
  const v = normalise(value);
  if (!v) return undefined;
  if (v.includes('vice') && v.includes('ordförande')) return 'vice-ordforande';
  if (v.includes('ordförande')) return 'ordforande';
  if (v.startsWith('ersättare') || v === 'suppleant') return 'ersattare';
  if (v.startsWith('ledamot')) return 'ledamot';
  return undefined;
}

/** "2023-01-01", "20230101", "2023" (start or end of that year); undefined when unreadable. */
function dateOf(value: string, end: boolean): string | undefined {
  const v = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
      return undefined;
    return date.toISOString().slice(0, 10);
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return end ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  return undefined;
}

/** The row holding the headers: the first one naming a name column. */
function headerRow(rows: readonly string[][]): number {
  return rows.findIndex((r) =>
    r.some((c) => {
      const f = fieldOfHeader(c);
      return f === 'name' || f === 'lastName';
    }),
  );
}

/** Reads register people from rows of cells (the first recognised header row, then data). */
export function registerPeopleFromTable(rows: readonly string[][]): TableImport {
  const problems: TableProblem[] = [];
  const at = headerRow(rows);
  if (at < 0) {
    return {
      people: [],
      problems: [
        {
          row: 0,
          sv: 'Filen saknar en rubrikrad med kolumnen ”Namn” (eller ”Förnamn” och ”Efternamn”).',
          en: 'the file has no header row with a "Namn" column',
        },
      ],
    };
  }
  const columns = new Map<Field, number>();
  rows[at]!.forEach((cell, i) => {
    const field = fieldOfHeader(cell);
    if (field && !columns.has(field)) columns.set(field, i);
  });
  const get = (row: readonly string[], field: Field) => {
    const i = columns.get(field);
    return i === undefined ? '' : (row[i] ?? '');
  };
  const people: RegisterPerson[] = [];
  for (let r = at + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = r + 1;
    const name = clean(get(row, 'name') || `${get(row, 'firstName')} ${get(row, 'lastName')}`, 200);
    if (!name) continue;
    if (people.length >= MAX_REGISTER_PEOPLE) {
      problems.push({
        row: line,
        sv: `Registret rymmer högst ${MAX_REGISTER_PEOPLE} personer; resten av filen lästes inte.`,
        en: `more than ${MAX_REGISTER_PEOPLE} people; the rest was not read`,
      });
      break;
    }
    const roleText = get(row, 'role');
    const role = roleOf(roleText);
    const kindText = get(row, 'kind');
    const kind =
      kindOf(kindText) ?? (role === 'ersattare' ? 'ersattare' : kindOf(roleText)) ?? 'ledamot';
    if (kindText.trim() && !kindOf(kindText)) {
      problems.push({
        row: line,
        sv: `Rad ${line}: ”${clean(kindText, 40)}” är varken ledamot eller ersättare; ${name} lästes som ${kind}.`,
        en: `row ${line}: unknown kind "${clean(kindText, 40)}"`,
      });
    }
    const person: RegisterPerson = { id: newId('member'), name, kind };
    const party = clean(get(row, 'party'), 50).replace(/^\((.*)\)$/, '$1');
    if (party) person.party = party;
    const organisation = clean(get(row, 'organisation'), 200);
    if (organisation) person.organisation = organisation;
    if (role && role !== kind) person.role = role;
    const group = clean(get(row, 'group'), 200);
    if (group) person.group = group;
    readTerm(row, person, line, problems, get);
    const orderText = get(row, 'order').trim();
    if (orderText) {
      const order = Number(orderText.replace(/[.:]$/, ''));
      if (Number.isInteger(order) && order >= 1 && order <= MAX_REGISTER_PEOPLE)
        person.order = order;
      else
        problems.push({
          row: line,
          sv: `Rad ${line}: ordningen ”${clean(orderText, 20)}” är inget heltal; den hoppades över.`,
          en: `row ${line}: order "${clean(orderText, 20)}" is not a whole number`,
        });
    }
    people.push(person);
  }
  return { people: numberErsattare(people), problems };
}

function readTerm(
  row: readonly string[],
  person: RegisterPerson,
  line: number,
  problems: TableProblem[],
  get: (row: readonly string[], field: Field) => string,
) {
  let startText = get(row, 'termStart').trim();
  let endText = get(row, 'termEnd').trim();
  const termText = get(row, 'term').trim();
  const range = /^(\d{4}(?:-\d{2}-\d{2})?)\s*(?:–|—|-|till)\s*(\d{4}(?:-\d{2}-\d{2})?)$/.exec(
    termText,
  );
  if (range && !startText && !endText) [startText, endText] = [range[1]!, range[2]!];
  else if (termText && !range && !startText && !endText) {
    problems.push({
      row: line,
      sv: `Rad ${line}: mandatperioden ”${clean(termText, 30)}” kunde inte läsas (skriv t.ex. 2023–2026); den lämnades öppen.`,
      en: `row ${line}: term "${clean(termText, 30)}" is not a range of years or dates`,
    });
  }
  for (const [text, end] of [
    [startText, false],
    [endText, true],
  ] as const) {
    if (!text) continue;
    const date = dateOf(text, end);
    if (date) person[end ? 'termEnd' : 'termStart'] = date;
    else
      problems.push({
        row: line,
        sv: `Rad ${line}: ”${clean(text, 30)}” är inget datum (skriv t.ex. 2023-01-01); mandatperioden för ${person.name} lämnades öppen.`,
        en: `row ${line}: "${clean(text, 30)}" is not a date`,
      });
  }
}

/** Ersättare without an order get the next one in their group, in the order of the file. */
function numberErsattare(people: RegisterPerson[]): RegisterPerson[] {
  const next = new Map<string, number>();
  for (const p of people) {
    if (p.kind === 'ersattare' && p.order !== undefined) {
      next.set(groupOf(p), Math.max(next.get(groupOf(p)) ?? 1, p.order + 1));
    }
  }
  return people.map((p) => {
    if (p.kind !== 'ersattare' || p.order !== undefined) return p;
    const order = next.get(groupOf(p)) ?? 1;
    next.set(groupOf(p), order + 1);
    return order <= MAX_REGISTER_PEOPLE ? { ...p, order } : p;
  });
}
