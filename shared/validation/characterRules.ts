import { undrawableCharacters, UNDRAWABLE_REPLACEMENT } from '../export/fontCoverage';
import type { Protocol } from '../protocol/protocol';
import { describer } from './describe';
import { warning, type ValidationWarning, type WarningLocation } from './warning';

/** Fields that are never printed: paths and identifiers. */
const NOT_PRINTED = new Set(['file', 'templateId', 'id', 'createdAt', 'updatedAt']);

interface TextField {
  path: (string | number)[];
  text: string;
}

function textFields(value: unknown, path: (string | number)[], out: TextField[]): TextField[] {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => textFields(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      if (!NOT_PRINTED.has(k)) textFields(v, [...path, k], out);
  }
  return out;
}

function fieldName(path: readonly (string | number)[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .slice(1);
}

/** Swedish names of the fields, by their last key; others are named by their path. */
const SV_FIELDS: Record<string, string> = {
  documentKind: 'Dokumenttyp',
  body: 'Organ',
  place: 'Plats',
  dnr: 'Dnr',
  title: 'rubriken',
  text: 'texten',
  presenters: 'föredragande',
  documents: 'handlingar',
  timeSlot: 'tid',
  intro: 'beslutsinledningen',
  attSatser: 'att-satserna',
  by: 'namnet',
  reason: 'motiveringen',
  question: 'omröstningsfrågan',
  result: 'omröstningsresultatet',
  propositionOrder: 'propositionsordningen',
  distribution: 'Beslutet skickas till',
  notForWebReason: 'skälet att inte publicera',
  name: 'namnet',
  party: 'partiet',
  organisation: 'organisationen',
  subgroup: 'undergruppen',
  label: 'rubriken',
  subgroups: 'undergrupperna',
  adjustmentPlace: 'Justeringsplats',
  storageLocation: 'Förvaringsplats',
};

function svField(path: readonly (string | number)[], fallback: string): string {
  const key = [...path].reverse().find((p): p is string => typeof p === 'string');
  return (key && SV_FIELDS[key]) ?? fallback;
}

/** Where the field is, for the editor, and how the message names it in Swedish and English. */
function place(
  p: Protocol,
  path: (string | number)[],
): { at: WarningLocation; sv: string; en: string } {
  const names = describer(p);
  const [top, second, index] = path;
  if (top === 'items' && typeof second === 'number') {
    const id = p.items[second]!.id;
    const field = fieldName(path.slice(2));
    const item = names.item(id);
    return {
      at: { kind: 'item', id, field },
      sv: `${item}, ${svField(path.slice(2), field)}`,
      en: `${item} (${field})`,
    };
  }
  if (top === 'attendance' && second === 'people' && typeof index === 'number') {
    const person = p.attendance.people[index]!;
    const field = fieldName(path.slice(3));
    const name = names.person(person.id);
    return {
      at: { kind: 'person', id: person.id, field },
      sv: `${name}, ${svField(path.slice(3), field)}`,
      en: `${name} (${field})`,
    };
  }
  if (top === 'labels') {
    const field = fieldName(path);
    return { at: { kind: 'meeting', field }, sv: `Mallens text ${field}`, en: `template ${field}` };
  }
  if (top === 'corrections') {
    const field = fieldName(path);
    return { at: { kind: 'meeting', field }, sv: 'En rättelse', en: field };
  }
  // Meeting, signature and notice fields are named as the editor names them ("body", "place").
  const inner = top === 'meeting' || top === 'signatures' || top === 'notice';
  const field = fieldName(inner ? path.slice(1) : path);
  const kind = top === 'signatures' ? 'signature' : top === 'notice' ? 'notice' : 'meeting';
  return { at: { kind, field }, sv: svField(path, `Fältet ${field}`), en: `field ${field}` };
}

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Characters the shipped font (Liberation Sans) cannot draw, such as emoji or Chinese: the PDF
 * prints "?" for them, so each field holding one is named. A DOCX keeps them, and Word draws
 * them with a font of its own machine.
 */
export function characterRules(p: Protocol): ValidationWarning[] {
  return textFields(p, [], []).flatMap(({ path, text }) => {
    const chars = undrawableCharacters(text);
    if (chars.length === 0) return [];
    const where = place(p, path);
    const shown = chars.slice(0, 5);
    const list = shown.map((c) => `"${c}" (${codePoint(c)})`).join(', ');
    const more = chars.length > shown.length ? ` …` : '';
    return [
      warning(
        'unsupported-character',
        where.at,
        `${where.sv}: ${chars.length === 1 ? 'tecknet' : 'tecknen'} ${list}${more} finns inte i typsnittet och skrivs ut som "${UNDRAWABLE_REPLACEMENT}" i PDF-filen.`,
        `${where.en}: ${list}${more} not in the shipped font; printed as "${UNDRAWABLE_REPLACEMENT}" in the PDF`,
      ),
    ];
  });
}
