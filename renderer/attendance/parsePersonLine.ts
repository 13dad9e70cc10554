import type { Role } from '../../shared/protocol/attendance';

export interface ParsedPerson {
  name: string;
  party?: string;
  organisation?: string;
  title?: string;
  role?: Role;
  /** "ersättare för Anna Lundberg": the name of the member served for. */
  substituteForName?: string;
}

/** Role words as secretaries write them, longest first so "vice ordförande" wins over "ordförande". */
const ROLE_WORDS: [RegExp, Role][] = [
  [/^(1:e |2:e |förste |andre )?vice (ordförande|ordf\.?)$/i, 'vice-ordforande'],
  [/^(ordförande|ordf\.?)$/i, 'ordforande'],
  [/^ledamot$/i, 'ledamot'],
  [/^(tjänstgörande )?ersättare$/i, 'ersattare'],
  [/^(sekreterare|nämndsekreterare|förbundssekreterare|kommunsekreterare)$/i, 'sekreterare'],
];

function roleOf(part: string): Role | undefined {
  return ROLE_WORDS.find(([re]) => re.test(part.trim()))?.[1];
}

const PARTY = /\(([^()]{1,20})\)/;
const SUBSTITUTE = /^(?:tjänstgörande )?ersättare för\s+(.+)$/i;

/**
 * Reads a person as written in a protokoll: "Beatrice Öhman, (S), Boden, ordförande",
 * "Linda Frohm (M)", "Eva Lakso, Avdelningschef social välfärd, Norrbottens Kommuner",
 * "Per Nilsson (S), ersättare för Anna Lundberg". Null when there is no name.
 *
 * Without a party the words after the name are title then organisation (officials); with a
 * party they are organisation (municipality) then role.
 */
export function parsePersonLine(line: string): ParsedPerson | null {
  let rest = line.replace(/\s+/g, ' ').trim();
  if (!rest) return null;
  const result: Partial<ParsedPerson> = {};

  const party = rest.match(PARTY);
  if (party) {
    result.party = party[1]!.trim();
    rest = rest.replace(PARTY, ',');
  }
  const parts = rest
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const name = parts.shift();
  if (!name) return null;
  result.name = name;

  const free: string[] = [];
  for (const part of parts) {
    const substitute = part.match(SUBSTITUTE);
    if (substitute) {
      result.role = 'ersattare';
      result.substituteForName = substitute[1]!.replace(PARTY, '').trim();
      continue;
    }
    const role = roleOf(part);
    if (role && !result.role) {
      result.role = role;
      // "Förbundssekreterare" is also the person's title as printed.
      if (role === 'sekreterare' && !/^sekreterare$/i.test(part)) free.push(part);
    } else free.push(part);
  }

  if (result.party) {
    if (free.length > 0) result.organisation = free.join(', ');
  } else if (free.length === 1) {
    result.organisation = free[0];
  } else if (free.length > 1) {
    result.organisation = free[free.length - 1];
    result.title = free.slice(0, -1).join(', ');
  }
  return result as ParsedPerson;
}
