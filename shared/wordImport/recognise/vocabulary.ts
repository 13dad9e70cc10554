import type { GroupKind } from '../../protocol/attendance';
import { BUILT_IN_TEMPLATES } from '../../template/builtInTemplates';

/** Lower-case, single spaces, no trailing colon: how labels are compared. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '').toLowerCase();
}

const labels = BUILT_IN_TEMPLATES.map((t) => t.labels);
const fromTemplates = (pick: (l: (typeof labels)[number]) => string) =>
  labels.map((l) => normalise(pick(l)));

function set(words: string[]): Set<string> {
  return new Set(words.map(normalise));
}

/** Header field labels as protokoll print them (upper case in tables, "Plats:" inline). */
export const FIELD_LABELS = {
  date: set([
    'Sammanträdesdatum',
    'Datum',
    'Mötesdatum',
    'Date of meeting',
    'Date',
    ...fromTemplates((l) => l.meetingDate),
  ]),
  place: set(['Plats', 'Mötesplats', 'Lokal', 'Place', ...fromTemplates((l) => l.place)]),
  time: set(['Tid', 'Tidpunkt', 'Time', ...fromTemplates((l) => l.time)]),
  placeAndTime: set(['Plats och tid', 'Tid och plats', 'Place and time']),
  dnr: set(['Dnr', 'Diarienummer', 'Ref. no.', ...fromTemplates((l) => l.dnr)]),
  adjustment: set([
    'Justeringens plats och tid',
    'Justering',
    'Justeringens tid och plats',
    'Tid och plats för justering',
    ...fromTemplates((l) => l.adjustmentDatePlace),
  ]),
};

/** Attendance group headings by the kind they mean. Longer phrases are checked first. */
export const GROUP_HEADINGS: [string, GroupKind][] = [
  ['ej tjänstgörande ersättare', 'ej-tjanstgorande-ersattare'],
  ['icke tjänstgörande ersättare', 'ej-tjanstgorande-ersattare'],
  ['närvarande ersättare', 'ej-tjanstgorande-ersattare'],
  ['tjänstgörande ersättare', 'tjanstgorande-ersattare'],
  ['tjänstgörande suppleanter', 'tjanstgorande-ersattare'],
  ['serving substitutes', 'tjanstgorande-ersattare'],
  ['ersättare', 'ej-tjanstgorande-ersattare'],
  ['suppleanter', 'ej-tjanstgorande-ersattare'],
  ['beslutande', 'beslutande'],
  ['ledamöter', 'beslutande'],
  ['närvarande ledamöter', 'beslutande'],
  ['röstberättigade', 'beslutande'],
  ['voting members', 'beslutande'],
  ['övriga deltagare', 'ovriga'],
  ['övriga närvarande', 'ovriga'],
  ['övriga', 'ovriga'],
  ['närvarande tjänstepersoner', 'ovriga'],
  ['tjänstepersoner', 'ovriga'],
  ['also present', 'ovriga'],
  ['frånvarande', 'franvarande'],
  ['anmält förhinder', 'franvarande'],
  ['absent', 'franvarande'],
  ['närvarande', 'beslutande'],
];

/** The group kind a heading names, or undefined; "Beslutande" and "BESLUTANDE:" alike. */
export function groupKindOf(text: string): GroupKind | undefined {
  const t = normalise(text);
  if (t.length > 60) return undefined;
  for (const g of BUILT_IN_TEMPLATES.flatMap((tp) => tp.attendanceGroups)) {
    if (normalise(g.label) === t) return g.kind;
  }
  return GROUP_HEADINGS.find(
    ([h]) => t === h || (t.startsWith(h) && /^[\s(]/.test(t.slice(h.length))),
  )?.[1];
}

export type SignerRole = 'secretary' | 'chair' | 'adjuster';

export const SIGNER_ROLES: [string, SignerRole][] = [
  ...fromTemplates((l) => l.adjuster).map((w): [string, SignerRole] => [w, 'adjuster']),
  ...fromTemplates((l) => l.secretary).map((w): [string, SignerRole] => [w, 'secretary']),
  ...fromTemplates((l) => l.chair).map((w): [string, SignerRole] => [w, 'chair']),
  ['justerande', 'adjuster'],
  ['justeras', 'adjuster'],
  ['vid protokollet', 'secretary'],
  ['protokollförare', 'secretary'],
  ['mötessekreterare', 'secretary'],
  ['mötesordförande', 'chair'],
];

/** "Justerare § 46 - § 55" → adjuster; the longest matching role word wins. */
export function signerRoleOf(text: string): SignerRole | undefined {
  const t = normalise(text).replace(/\s*(§.*|\d.*)$/, '');
  return [...SIGNER_ROLES].sort((a, b) => b[0].length - a[0].length).find(([w]) => t === w)?.[1];
}

export const SIGNATURE_HEADINGS = set([
  'Underskrifter',
  'Underskrift',
  'Signatursida',
  'Signaturer',
  ...fromTemplates((l) => l.signaturesHeading),
]);

export const AGENDA_HEADINGS = set([
  'Dagordning',
  'Föredragningslista',
  'Utsänd dagordning',
  ...fromTemplates((l) => l.agendaHeading),
]);

export const NOTICE_HEADINGS = set([
  'Anslag/bevis',
  'Anslagsbevis',
  'Bevis om anslag',
  ...fromTemplates((l) => l.noticeHeading),
]);

/** Headings inside an item, by the part of the item they start. */
export const ITEM_SECTIONS = {
  decision: set([
    'Beslut',
    'Beslutet',
    'Nämndens beslut',
    'Decision',
    ...fromTemplates((l) => l.decision),
  ]),
  proposal: set([
    'Förslag till beslut',
    'Förslag',
    'Ordförandens förslag',
    ...fromTemplates((l) => l.proposal),
  ]),
  motions: set(['Yrkanden', 'Yrkande', ...fromTemplates((l) => l.motions)]),
  propositionOrder: set([
    'Propositionsordning',
    'Proposition',
    ...fromTemplates((l) => l.propositionOrder),
  ]),
  reservation: set(['Reservation', 'Reservationer', ...fromTemplates((l) => l.reservation)]),
  note: set([
    'Protokollsanteckning',
    'Protokollsanteckningar',
    ...fromTemplates((l) => l.protocolNote),
  ]),
  appendices: set(['Bilagor', 'Bilaga', ...fromTemplates((l) => l.appendices)]),
  distribution: set([
    'Beslutet skickas till',
    'Expedieras',
    'Beslutet expedieras till',
    'Expediering',
    'Skickas till',
    ...fromTemplates((l) => l.distribution),
  ]),
  presenters: set([
    'Information lämnas av',
    'Föredragande',
    'Information av',
    'Föredragning',
    ...fromTemplates((l) => l.presenters),
  ]),
  documents: set([
    'Handlingar',
    'Beslutsunderlag',
    'Underlag',
    ...fromTemplates((l) => l.documents),
  ]),
  dnr: FIELD_LABELS.dnr,
  timeSlot: set(['Tid', ...fromTemplates((l) => l.timeSlot)]),
  immediate: set([
    ...fromTemplates((l) => l.immediateAdjustment),
    'Paragrafen förklaras omedelbart justerad',
    'Paragrafen justeras omedelbart',
    'Omedelbar justering',
  ]),
};

/** Role words printed after a member's name, in any built-in template's language. */
export const ROLE_WORDS = new Map<
  string,
  'ordforande' | 'vice-ordforande' | 'ledamot' | 'ersattare' | 'sekreterare'
>([
  ...labels.flatMap((l) => [
    [normalise(l.roles.ordforande), 'ordforande'] as const,
    [normalise(l.roles['vice-ordforande']), 'vice-ordforande'] as const,
    [normalise(l.roles.ledamot), 'ledamot'] as const,
    [normalise(l.roles.ersattare), 'ersattare'] as const,
    [normalise(l.roles.sekreterare), 'sekreterare'] as const,
  ]),
  ['ordf', 'ordforande'],
  ['ordf.', 'ordforande'],
  ['vice ordf', 'vice-ordforande'],
  ['1:e vice ordförande', 'vice-ordforande'],
  ['2:e vice ordförande', 'vice-ordforande'],
]);

/** "ersättare för" and its English form: a substitute line. */
export const SUBSTITUTE_FOR = [
  ...new Set([
    'ersättare för',
    'tjänstgör för',
    'suppleant för',
    ...fromTemplates((l) => l.substituteFor),
  ]),
];
