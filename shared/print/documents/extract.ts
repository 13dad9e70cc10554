import type { Item, Protocol } from '../../protocol';
import { numberItems } from '../../protocol/numbering';
import { servingByItem, type ItemParticipation } from '../../protocol/participation';
import { nameWithParty } from '../../protocol/personText';
import type { OutputOptions } from '../../outputs/outputRow';
import { fillLabel } from '../fillLabel';
import { itemBlock } from '../itemBlocks';
import type { AttendanceBlock, PrintBlock, PrintDocument } from '../printDocument';
import { kindFurniture, kindInfo } from './documentFurniture';

/** Room to sign or write by hand. */
const SIGNATURE_LINE = '________________________________________';

/** The items an extract is made of, in meeting order; every item when none is named. */
export function extractItems(protocol: Protocol, options: OutputOptions): Item[] {
  const wanted = options.itemIds;
  return wanted ? protocol.items.filter((i) => wanted.includes(i.id)) : protocol.items;
}

/** Who took part in the decision of one §: its tjänstgörande, an ersättare "ersättare för X". */
function participantsBlock(
  protocol: Protocol,
  row: ItemParticipation | undefined,
): AttendanceBlock {
  const byId = new Map(protocol.attendance.people.map((p) => [p.id, p]));
  const rows = (row?.serving ?? []).flatMap((seat) => {
    const person = byId.get(seat.personId);
    if (!person) return [];
    const member = seat.forId ? byId.get(seat.forId) : undefined;
    const detail = member ? `${protocol.labels.substituteFor} ${nameWithParty(member)}` : '';
    return [{ name: nameWithParty(person), detail }];
  });
  return { kind: 'attendance', heading: protocol.labels.extractParticipants, sections: [{ rows }] };
}

/** "Justerat 2020-12-18", "Paragrafen är omedelbart justerad" or "Ej justerat". */
export function extractAdjustmentText(protocol: Protocol, item: Item): string {
  const { labels, signatures, status } = protocol;
  const adjusted = status === 'justerat' || status === 'publicerat';
  if (adjusted && signatures.adjustmentDate) {
    return fillLabel(labels.extractAdjusted, { date: signatures.adjustmentDate });
  }
  if (item.immediateAdjustment) return labels.extractImmediate;
  return labels.extractNotAdjusted;
}

/**
 * Protokollsutdrag of one or several §: who took part in each decision, the item in full as the
 * protokoll prints it, its justering, and the Utdragsbestyrkande with a signature line.
 */
export function buildExtract(protocol: Protocol, options: OutputOptions): PrintDocument {
  const { labels, meeting } = protocol;
  const kind = labels.extractKind;
  const numbers = numberItems(protocol.items, meeting.numbering, labels.paragraphSign);
  const rows = servingByItem(protocol);
  const items = extractItems(protocol, options);
  const blocks: PrintBlock[] = [];
  const facts = [
    ...(meeting.date ? [{ label: labels.meetingDate, value: meeting.date }] : []),
    ...(meeting.place ? [{ label: labels.place, value: meeting.place }] : []),
  ];
  if (facts.length > 0) blocks.push({ kind: 'facts', rows: facts });
  const printed: string[] = [];
  for (const item of items) {
    const index = protocol.items.indexOf(item);
    const number = numbers[index]!.label;
    printed.push(number);
    const block = itemBlock(protocol, item, number, rows);
    block.newPage = false;
    block.blocks.unshift(...participantsToContent(participantsBlock(protocol, rows[index])), {
      kind: 'paragraph',
      role: 'note',
      runs: [{ text: extractAdjustmentText(protocol, item) }],
    });
    blocks.push(block);
  }
  blocks.push(
    { kind: 'heading', level: 1, text: labels.extractCertification },
    { kind: 'paragraph', role: 'body', runs: [{ text: labels.extractCertifies }] },
    ...[labels.signatureLine, labels.signatureName, labels.signatureDate].map(
      (label): PrintBlock => ({
        kind: 'paragraph',
        role: 'body',
        runs: [{ text: `${label}: `, bold: true }, { text: SIGNATURE_LINE }],
      }),
    ),
  );
  return {
    info: kindInfo(protocol, kind, printed.join(', ')),
    furniture: kindFurniture(protocol, kind),
    blocks,
  };
}

/** The participants as content of the item: a sub-heading and one line per person. */
function participantsToContent(block: AttendanceBlock) {
  const lines = block.sections.flatMap((s) => s.rows);
  return [
    { kind: 'heading' as const, level: 2 as const, text: block.heading },
    {
      kind: 'list' as const,
      ordered: false,
      items: lines.map((r) => [{ text: r.detail ? `${r.name}, ${r.detail}` : r.name }]),
    },
  ];
}
