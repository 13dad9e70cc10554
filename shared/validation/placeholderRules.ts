import { plainText } from '../protocol/richTextHelpers';
import type { Item } from '../protocol/item';
import type { Protocol } from '../protocol/protocol';
import { describer } from './describe';
import { warning, type ValidationWarning, type WarningLocation } from './warning';

/** How the templates mark what the secretary is to fill in: "att … utses till justerare". */
export const PLACEHOLDER = '…';

/** An item's texts that print, by the field name a warning points to, with the Swedish part name. */
function itemTexts(item: Item): Array<[field: string, part: string, text: string]> {
  const out: Array<[string, string, string]> = [
    ['title', 'Rubriken', item.title],
    ['body', 'Texten', plainText(item.body)],
  ];
  const decisionLike = [
    ['proposal', 'Förslaget till beslut', item.proposal],
    ['decision', 'Beslutet', item.decision],
  ] as const;
  for (const [field, part, d] of decisionLike) {
    if (!d) continue;
    out.push([`${field}.intro`, part, d.intro]);
    d.attSatser.forEach((a, i) =>
      out.push([`${field}.attSatser[${i}]`, `${part} (att-sats ${i + 1})`, a]),
    );
  }
  item.presenters.forEach((t, i) => out.push([`presenters[${i}]`, 'Föredragande', t]));
  item.documents.forEach((t, i) => out.push([`documents[${i}]`, 'Handlingarna', t]));
  item.motions.forEach((m, i) => out.push([`motions[${i}]`, 'Yrkandet', `${m.by} ${m.text}`]));
  item.notes.forEach((n, i) =>
    out.push([`notes[${i}]`, 'Protokollsanteckningen', `${n.by} ${n.text}`]),
  );
  item.distribution.forEach((t, i) => out.push([`distribution[${i}]`, 'Sändlistan', t]));
  return out;
}

/** The words around the placeholder, so the message shows which one is meant. */
function excerpt(text: string): string {
  const at = text.indexOf(PLACEHOLDER);
  const start = Math.max(0, at - 30);
  const end = Math.min(text.length, at + 31);
  const cut = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${cut}${end < text.length ? '…' : ''}`;
}

/**
 * What must not print unnoticed: a template's placeholder left in any printed text, a meeting
 * without a place, a protokoll without anyone present. Each warning points to its field.
 */
export function placeholderRules(p: Protocol): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const say = describer(p);
  const left = (location: WarningLocation, where: string, enWhere: string, text: string) =>
    out.push(
      warning(
        'placeholder-left',
        location,
        `${where}: platshållaren "${PLACEHOLDER}" står kvar ("${excerpt(text)}").`,
        `${enWhere}: the placeholder "${PLACEHOLDER}" is still there`,
      ),
    );
  if (p.meeting.place.trim() === '') {
    out.push(
      warning(
        'missing-place',
        { kind: 'meeting', field: 'place' },
        'Plats saknas: protokollet ska ange var sammanträdet hölls.',
        'the meeting place is missing',
      ),
    );
  }
  const meetingFields = [
    ['body', 'Organ', p.meeting.body],
    ['place', 'Plats', p.meeting.place],
    ['dnr', 'Diarienummer', p.meeting.dnr],
  ] as const;
  for (const [field, label, text] of meetingFields) {
    if (text.includes(PLACEHOLDER))
      left({ kind: 'meeting', field }, label, `meeting ${field}`, text);
  }
  if (p.attendance.people.length === 0) {
    out.push(
      warning(
        'no-attendees',
        { kind: 'person' },
        'Ingen närvarande är antecknad: protokollet ska visa vilka som deltog.',
        'nobody is listed as present',
      ),
    );
  }
  for (const person of p.attendance.people) {
    const text = [person.name, person.title ?? '', person.organisation ?? ''].join(' ');
    if (text.includes(PLACEHOLDER)) {
      left({ kind: 'person', id: person.id, field: 'name' }, 'Namnet', 'person', text);
    }
  }
  for (const item of p.items) {
    const label = say.item(item.id);
    for (const [field, part, text] of itemTexts(item)) {
      if (!text.includes(PLACEHOLDER)) continue;
      // The place ("§ 1 Val av justerare") is shown beside the message; the log names it.
      left({ kind: 'item', id: item.id, field }, part, `${label} ${field}`, text);
    }
  }
  if (p.signatures.adjustmentPlace.includes(PLACEHOLDER)) {
    left(
      { kind: 'signature', field: 'adjustmentPlace' },
      'Justeringsplats',
      'adjustment place',
      p.signatures.adjustmentPlace,
    );
  }
  return out;
}
