import type { GroupKind, Role } from '../../protocol/attendance';
import { normalise, ROLE_WORDS, SUBSTITUTE_FOR } from './vocabulary';

/** One attendance line, split into what the protokoll printed. */
export interface ParsedPerson {
  name: string;
  party?: string;
  organisation?: string;
  title?: string;
  role?: Role;
  /** "ersättare för Anna Berg (M)": the member served for, as printed. */
  substituteFor?: string;
  /** What followed the name that is not a field: items attended ("§ 46-52"), notes. */
  rest: string;
}

/** Words that make a phrase an organisation rather than a job title. */
const ORGANISATION_WORDS =
  /(kommun|region|landsting|förbund|förvaltning|nämnd|styrelse|\bab\b|förening|bolag|kontor|myndighet|universitet|skola|bostäder|kommuner|county|council)/i;

/** "Region Norrbotten", "Norrbottens Kommuner": a line naming an organisation, not a person. */
export function isOrganisationName(text: string): boolean {
  return ORGANISATION_WORDS.test(text);
}

const PARTY = /^\(([^()]{1,50})\)$/;
const NAME_WITH_PARTY = /^(.*?)\s*\(([^()]{1,50})\)$/;
const ITEMS =
  /\s*((?:ej\s+)?(?:§\s*)?\d+(?:\s?[a-z])?(?:\s*[-–]\s*(?:§\s*)?\d+(?:\s?[a-z])?)?(?:,\s*(?:ej\s+)?(?:§\s*)?\d+(?:\s?[a-z])?(?:\s*[-–]\s*(?:§\s*)?\d+(?:\s?[a-z])?)?)*)$/;

/** Splits on commas outside parentheses. */
function parts(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}

function defaultRole(kind: GroupKind, official: boolean): Role {
  if (kind === 'tjanstgorande-ersattare' || kind === 'ej-tjanstgorande-ersattare')
    return 'ersattare';
  if (kind === 'ovriga') return official ? 'tjansteperson' : 'ovrig';
  return 'ledamot';
}

/**
 * "Beatrice Öhman, (S), Boden, ordförande", "Anna Lundberg (S)", "Per Olsson (S) ersättare för
 * Anna Berg (M)", "Eva Lakso, Avdelningschef social välfärd, Norrbottens Kommuner".
 * `subgroup` is the organisation when the line names none (printed once above the names).
 */
export function parsePersonLine(
  line: string,
  kind: GroupKind,
  subgroup?: string,
): ParsedPerson | undefined {
  let text = line.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 400) return undefined;
  let rest = '';
  const items = ITEMS.exec(text);
  if (items && items.index > 0 && /§|ej /.test(items[1]!)) {
    rest = items[1]!.trim();
    text = text.slice(0, items.index).replace(/,\s*$/, '').trim();
  }
  let substituteFor: string | undefined;
  const lower = text.toLowerCase();
  for (const phrase of SUBSTITUTE_FOR) {
    const at = lower.indexOf(` ${phrase} `);
    if (at > 0) {
      substituteFor = text.slice(at + phrase.length + 2).trim();
      text = text.slice(0, at).trim();
      break;
    }
  }
  const [first, ...others] = parts(text);
  if (!first) return undefined;
  let name = first;
  let party: string | undefined;
  const np = NAME_WITH_PARTY.exec(first);
  if (np && np[1]) {
    name = np[1].trim();
    party = np[2]!.trim();
  }
  let role: Role | undefined;
  const fields: string[] = [];
  for (const o of others) {
    const p = PARTY.exec(o);
    const r = ROLE_WORDS.get(normalise(o));
    if (p && party === undefined) party = p[1]!.trim();
    else if (r && role === undefined) role = r;
    else fields.push(o);
  }
  if (!/\p{L}/u.test(name) || name.length > 200) return undefined;
  let organisation: string | undefined;
  let title: string | undefined;
  if (party !== undefined || kind !== 'ovriga') {
    organisation = fields.shift();
  } else if (fields.length >= 2) {
    title = fields.shift();
    organisation = fields.shift();
  } else if (fields.length === 1) {
    const only = fields.shift()!;
    if (ORGANISATION_WORDS.test(only) || only === subgroup) organisation = only;
    else title = only;
  }
  if (fields.length > 0) rest = [fields.join(', '), rest].filter(Boolean).join(' ');
  if (organisation === undefined && subgroup) organisation = subgroup;
  const official = party === undefined && (title !== undefined || organisation !== undefined);
  return {
    name,
    ...(party ? { party } : {}),
    ...(organisation ? { organisation } : {}),
    ...(title ? { title } : {}),
    role: role ?? (substituteFor ? 'ersattare' : defaultRole(kind, official)),
    ...(substituteFor ? { substituteFor } : {}),
    rest,
  };
}
