/**
 * A nämnd meeting whose participation changes between items, as real protokoll record it: a
 * member who left after § 10, one absent for the inserted § 7 a only, a jävig member with an
 * ersättare stepping in for that item, a serving ersättare for an absent member, and two votes
 * (propositionsordning, then a roll-call) in one item.
 */
import type { Person } from '../../../../../shared/protocol';
import { newItem, protocolSchema, type Protocol } from '../../../../../shared/protocol';
import { servingByItem } from '../../../../../shared/protocol/participation';
import { recordJav } from '../../../../../shared/protocol/participationEdits';
import { richTextFromPlain } from '../../../../../shared/protocol/richTextHelpers';
import { getTemplate } from '../../../../../shared/template/builtInTemplates';
import { createProtocolFromTemplate } from '../../../../../shared/template/newProtocol';

const TITLES = [
  'Val av justerare',
  'Godkännande av dagordning',
  'Ekonomisk uppföljning',
  'Taxor för bygglov',
  'Markanvisning Norrbyn',
  'Detaljplan Västra hamnen',
  'Skolskjuts',
  'Extra ärende: Vinterväghållning',
  'Kulturstipendium',
  'Delegationsbeslut',
  'Meddelanden',
  'Övriga frågor',
];

const member = (id: string, name: string, party: string, extra: Partial<Person> = {}): Person => ({
  id,
  name,
  party,
  groupId: 'beslutande',
  ...extra,
});

export function vasterbottenLike(): Protocol {
  const base = createProtocolFromTemplate(getTemplate('kommunal-namnd')!, {
    id: 'vasterbotten-like',
    now: new Date('2025-03-12T08:00:00Z'),
    body: 'Samhällsbyggnadsnämnden',
    date: '2025-03-12',
    firstNumber: 1,
  });
  const items = TITLES.map((title, i) =>
    newItem({
      id: `i${i + 1}`,
      title,
      inserted: i === 7,
      body: richTextFromPlain(`Underlag för ${title.toLowerCase()}.`),
      decision: { intro: 'Nämnden beslutar', attSatser: ['att godkänna förslaget'] },
    }),
  );
  const ids = (k: number) => items[k]!.id;
  const people: Person[] = [
    member('greta', 'Greta Lind', 'S', { role: 'ordforande' }),
    member('olof', 'Olof Berg', 'M'),
    member('karin', 'Karin Nyström', 'S'),
    member('nils', 'Nils Holm', 'C'),
    member('sara', 'Sara Vik', 'V'),
    member('johan', 'Johan Ek', 'L'),
    member('maria', 'Maria Lund', 'KD', { groupId: 'franvarande' }),
    // Listed with the serving ersättare, she serves only in § 5 (for the jävig Sara Vik).
    { id: 'pia', name: 'Pia Sund', party: 'V', groupId: 'tjanstgorande-ersattare' },
    { id: 'erik', name: 'Erik Strand', party: 'KD', groupId: 'tjanstgorande-ersattare' },
    { id: 'lena', name: 'Lena Åkerlund', title: 'Nämndsekreterare', groupId: 'ovriga' },
  ];
  let p: Protocol = protocolSchema.parse({
    ...base,
    meeting: { ...base.meeting, memberCount: 7, participationAppendix: true, place: 'Stadshuset' },
    attendance: {
      ...base.attendance,
      people,
      events: [
        // "deltog till punkt 10" and "frånvarande på punkt 7 a".
        { type: 'leaves', personId: 'karin', itemId: ids(10) },
        { type: 'absent', personId: 'nils', itemId: ids(7) },
        { type: 'substitutes', personId: 'erik', forId: 'maria' },
      ],
    },
    items,
    signatures: {
      ...base.signatures,
      secretaryId: 'lena',
      chairId: 'greta',
      adjusters: [{ personId: 'olof' }],
      adjustmentDate: '2025-03-19',
    },
  });
  // § 5: Sara Vik jävig, Pia Sund serves for her.
  p = recordJav(p, 'sara', ids(4), 'pia');
  const serving = servingByItem(p)[4]!.serving.map((s) => s.personId);
  const choice = (id: string) => (id === 'olof' || id === 'johan' ? 'nej' : 'ja') as 'ja' | 'nej';
  p.items[4] = {
    ...p.items[4]!,
    votes: [
      {
        title: 'Propositionsordning',
        question: 'Ja för att huvudförslaget ställs mot avslag',
        ballots: [],
        counts: { ja: serving.length, nej: 0, avstar: 0 },
        result: 'Nämnden godkänner propositionsordningen',
      },
      {
        title: 'Huvudvotering',
        question: 'Ja för ordförandens förslag, nej för avslag',
        ballots: serving.map((personId) => ({ personId, choice: choice(personId) })),
        result: 'Nämnden bifaller ordförandens förslag',
      },
    ],
    reservations: [{ personIds: ['olof'], reason: 'Till förmån för avslag', written: false }],
  };
  return p;
}
