/**
 * A small protokoll after /work/shared/examples/protokoll-norrbotten-2021.txt: members who took
 * part in some items only ("Anders Öberg § 1-7") and agenda items with time slots ("10:15-10:45").
 */
import type { Item, Person } from '../../../../../shared/protocol';
import { newItem, protocolSchema, type Protocol } from '../../../../../shared/protocol';
import { richTextFromPlain } from '../../../../../shared/protocol/richTextHelpers';
import { getTemplate } from '../../../../../shared/template/builtInTemplates';
import { createProtocolFromTemplate } from '../../../../../shared/template/newProtocol';

const BODY = 'Politisk samverkansberedning för hälsa, vård, omsorg och skola';

/** The agenda of the 2021 meeting: title and time slot. */
export const AGENDA_2021: readonly { title: string; time?: string }[] = [
  { title: 'Val av justerare' },
  { title: 'Godkännande av dagordning' },
  { title: 'Föregående mötesprotokoll' },
  { title: 'Samverkansmodell hjälpmedel – information om nuläge', time: '10:15-10:45' },
  { title: 'Förändrad organisation i Region Norrbotten', time: '10:45-11:00' },
  { title: 'Folkhälsa', time: '11:00-11:15' },
  { title: 'Presentation av delbetänkande', time: '11:30-12:00' },
  { title: 'Målbild Nära vård och omsorg, beslutsärende', time: '13:00-13:45' },
  { title: 'Information från Länsstyrgruppen', time: '13:45-14:30' },
  { title: 'Förslag på datumändring för Politiska samverkansberedningen' },
  { title: 'Övriga frågor' },
  { title: 'Meddelanden' },
  { title: 'Sammanträdets avslutande' },
];

function item(i: number, title: string, time = ''): Item {
  return newItem({
    id: `i${i + 1}`,
    title,
    timeSlot: time,
    body: richTextFromPlain(`Ordförande föreslår beredningen att behandla ${title.toLowerCase()}.`),
    decision: {
      intro: 'Politiska samverkansberedningen beslutar',
      attSatser: ['att lägga informationen till handlingarna'],
    },
  });
}

const member = (id: string, name: string, party: string, subgroup: string): Person => ({
  id,
  name,
  party,
  groupId: 'beslutande',
  subgroup,
});

export function norrbotten2021(): Protocol {
  const base = createProtocolFromTemplate(getTemplate('kommunal-namnd')!, {
    id: 'norrbotten-2021',
    now: new Date('2021-05-27T08:00:00Z'),
    body: BODY,
    date: '2021-05-27',
    firstNumber: 1,
  });
  const region = 'Region Norrbotten';
  const kommuner = 'Norrbottens Kommuner';
  const people: Person[] = [
    { ...member('frohm', 'Linda Frohm', 'M', region), role: 'ordforande' },
    member('oberg', 'Anders Öberg', 'S', region),
    member('astrom', 'Lennart Åström', 'S', region),
    member('ohman', 'Beatrice Öman', 'S', kommuner),
    {
      ...member('engelmark', 'Emma Engelmark', 'S', kommuner),
      organisation: 'Luleå',
    },
    {
      id: 'larsson',
      name: 'Kristina Larsson',
      title: 'Sekreterare',
      organisation: region,
      groupId: 'ovriga',
    },
  ];
  return protocolSchema.parse({
    ...base,
    meeting: { ...base.meeting, place: 'Digitalt via Microsoft Teams', startTime: '10:00' },
    attendance: {
      groups: base.attendance.groups.map((g) =>
        g.id === 'beslutande' ? { ...g, subgroups: [region, kommuner] } : g,
      ),
      people,
      // "Anders Öberg § 1-7", "Lennart Åström (S) § 8-13", "Emma Engelmark, (S), Luleå, § 1-7".
      events: [
        { type: 'leaves', personId: 'oberg', itemId: 'i7' },
        { type: 'arrives', personId: 'astrom', itemId: 'i8' },
        { type: 'arrives', personId: 'engelmark', itemId: 'i1' },
        { type: 'leaves', personId: 'engelmark', itemId: 'i7' },
      ],
    },
    items: AGENDA_2021.map((a, i) => item(i, a.title, a.time)),
    signatures: {
      ...base.signatures,
      secretaryId: 'larsson',
      chairId: 'frohm',
      adjusters: [{ personId: 'ohman' }],
    },
  });
}
