/**
 * A draft as a secretary starts it from a built-in template: the template's default items, two
 * people in each attendance group, chair, secretary and one justerare, and a few items of their own.
 */
import type { Item, Person, Protocol } from '../../../../../shared/protocol';
import { newItem, protocolSchema } from '../../../../../shared/protocol';
import { richTextFromPlain } from '../../../../../shared/protocol/richTextHelpers';
import type { Template } from '../../../../../shared/template/templateSchema';
import { createProtocolFromTemplate } from '../../../../../shared/template/newProtocol';

const NAMES = [
  'Karin Åberg',
  'Olof Östlund',
  'Maja Lindqvist',
  'Erik Nyström',
  'Sara Björk',
  'Johan Ek',
  'Lena Holm',
  'Per Sjöberg',
];

function ownItem(n: number, body: string): Item {
  return newItem({
    id: `own-${n}`,
    title: `Eget ärende ${n}: lokalfrågan`,
    body: richTextFromPlain(`Gruppen diskuterar lokalfrågan, del ${n}. `.repeat(6)),
    decision: { intro: `${body} beslutar`, attSatser: [`att godkänna förslag ${n}`] },
  });
}

export function templateDraft(template: Template): Protocol {
  const body = 'Samverkansgruppen Nord';
  const base = createProtocolFromTemplate(template, {
    id: `draft-${template.id}`,
    now: new Date('2024-03-12T08:00:00Z'),
    body,
    date: '2024-03-12',
  });
  const people: Person[] = base.attendance.groups.flatMap((group, g) =>
    [0, 1].map((i) => ({
      id: `${group.id}-${i}`,
      name: NAMES[(g * 2 + i) % NAMES.length]!,
      groupId: group.id,
      ...(group.kind === 'ovriga' ? { title: 'Handläggare' } : {}),
    })),
  );
  const decisionMakers = people.filter(
    (p) => base.attendance.groups.find((g) => g.id === p.groupId)?.kind === 'beslutande',
  );
  const chair = decisionMakers[0]!;
  const adjuster = decisionMakers[1]!;
  chair.role = 'ordforande';
  const secretary = people.find((p) => p.title) ?? decisionMakers[1]!;
  // The template's closing items stay last.
  const closing = base.items.slice(-1);
  const items = [...base.items.slice(0, -1), ownItem(1, body), ownItem(2, body), ...closing];
  return protocolSchema.parse({
    ...base,
    meeting: { ...base.meeting, place: 'Kommunhuset, rum 3', startTime: '13:00', endTime: '15:00' },
    attendance: { ...base.attendance, people },
    items,
    signatures: {
      ...base.signatures,
      chairId: chair.id,
      secretaryId: secretary.id,
      adjusters: [{ personId: adjuster.id }],
    },
  });
}
