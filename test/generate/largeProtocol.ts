import type { Person } from '../../shared/protocol/attendance';
import type { Item } from '../../shared/protocol/item';
import { servingByItem } from '../../shared/protocol/participation';
import type { ParticipationEvent } from '../../shared/protocol/participationEvents';
import { protocolSchema, type Protocol } from '../../shared/protocol/protocol';
import type { RichBlock, RichText } from '../../shared/protocol/richText';
import { getTemplate } from '../../shared/template/builtInTemplates';
import { createProtocolFromTemplate, itemFromTemplate } from '../../shared/template/newProtocol';
import { pick, pickDistinct, seededRandom } from './random';
import * as words from './swedishText';

export interface LargeProtocolOptions {
  items?: number;
  people?: number;
  seed?: number;
}

const BODY = 'Kommunstyrelsen';
const DATE = '2024-11-20';

/**
 * A big, realistic, valid protocol for exporter tests and benchmarks: 150 items and 60 people by
 * default, with rich bodies, decisions, votes, reservations, notes, jäv and inserted "a" items.
 * The same options always give the same protocol.
 */
export function generateLargeProtocol(options: LargeProtocolOptions = {}): Protocol {
  const itemCount = Math.max(1, options.items ?? 150);
  const peopleCount = Math.max(6, options.people ?? 60);
  const random = seededRandom(options.seed ?? 1);
  const template = getTemplate('kommunal-namnd')!;
  const base = createProtocolFromTemplate(template, {
    id: `large-${itemCount}-${peopleCount}`,
    now: new Date('2024-11-21T08:00:00Z'),
    body: BODY,
    date: DATE,
    firstNumber: 101,
  });

  const people = makePeople(random, peopleCount);
  const members = people.filter((p) => p.groupId === 'beslutande');
  const items = makeItems(random, itemCount, members);
  const first = items[0]!.id;
  const last = items[items.length - 1]!.id;
  // Two members arrive late or leave early; never the chair or the adjusters (indexes 0-2).
  const events: ParticipationEvent[] = [];
  if (members.length > 5) {
    const arrival = items[Math.min(3, items.length - 1)]!.id;
    events.push({ type: 'arrives', personId: members[4]!.id, itemId: arrival });
    const leaving = items[Math.floor(items.length / 2)]!.id;
    events.push({ type: 'leaves', personId: members[5]!.id, itemId: leaving });
  }
  // Each serving substitute replaces one absent member (or nobody named when none is absent).
  const absent = people.filter((p) => p.groupId === 'franvarande');
  people
    .filter((p) => p.groupId === 'tjanstgorande-ersattare')
    .forEach((p, k) => {
      const member = absent[k];
      events.push({ type: 'substitutes', personId: p.id, ...(member ? { forId: member.id } : {}) });
    });
  // Every 13th item has a jävig member.
  items.forEach((item, i) => {
    if (i % 13 === 10 && members.length > 6)
      events.push({ type: 'absent', personId: members[6]!.id, itemId: item.id, jav: true });
  });
  const substitutes = people.filter((p) => p.groupId === 'tjanstgorande-ersattare').length;

  const protocol: Protocol = {
    ...base,
    meeting: {
      ...base.meeting,
      startTime: '09:00',
      endTime: '16:30',
      place: 'Sessionssalen, Stadshuset',
      dnr: 'KS 2024/0412',
      memberCount: members.length + substitutes,
    },
    attendance: {
      groups: base.attendance.groups.map((g) =>
        g.id === 'beslutande' ? { ...g, subgroups: ['Majoriteten', 'Oppositionen'] } : g,
      ),
      people,
      events,
    },
    items,
    signatures: {
      chairId: members[0]!.id,
      secretaryId: people.find((p) => p.role === 'sekreterare')!.id,
      adjusters: [
        { personId: members[1]!.id, fromItemId: first, toItemId: last },
        { personId: members[2]!.id, fromItemId: first, toItemId: last },
      ],
      adjustmentDate: '2024-11-27',
      adjustmentPlace: 'Kommunkansliet, Stadshuset',
    },
    notice: {
      postedDate: '2024-11-28',
      removalDate: '2024-12-20',
      certifiedBy: '',
      storageLocation: 'Kommunkansliet, Stadshuset',
    },
  };
  return fitVotesToServing(protocolSchema.parse(protocol));
}

/** Roll-calls list exactly those serving in the item; the mover, voting nej, reserves. */
function fitVotesToServing(protocol: Protocol): Protocol {
  const rows = servingByItem(protocol);
  const byId = new Map(protocol.attendance.people.map((p) => [p.id, p]));
  const items = protocol.items.map((item, index) => {
    if (item.votes.length === 0) return item;
    const serving = rows[index]!.serving.map((s) => s.personId);
    const mover = serving[serving.length - 1]!;
    const ballots = serving.map((personId, k) => ({
      personId,
      choice:
        personId === mover || k % 4 === 3
          ? ('nej' as const)
          : k === 5
            ? ('avstar' as const)
            : ('ja' as const),
    }));
    const count = (c: string) => ballots.filter((b) => b.choice === c).length;
    const moverPerson = byId.get(mover)!;
    return {
      ...item,
      motions: [
        {
          by: `${moverPerson.name} (${moverPerson.party ?? ''})`,
          text: 'att avslå förslaget',
          withdrawn: false,
        },
      ],
      votes: item.votes.map((v) => ({
        ...v,
        ballots,
        counts: { ja: count('ja'), nej: count('nej'), avstar: count('avstar') },
        result: `Med ${count('ja')} ja-röster mot ${count('nej')} nej-röster bifaller kommunstyrelsen ordförandens förslag.`,
      })),
      reservations: item.reservations.map((r) => ({ ...r, personIds: [mover] })),
    };
  });
  return { ...protocol, items };
}

function personName(i: number): string {
  const first = words.FIRST_NAMES[i % words.FIRST_NAMES.length]!;
  const last =
    words.LAST_NAMES[(i * 7 + Math.floor(i / words.LAST_NAMES.length)) % words.LAST_NAMES.length]!;
  return `${first} ${last}`;
}

/** 60 % members, 10 % serving substitutes for absent members, then officials and the absent. */
function makePeople(random: () => number, count: number): Person[] {
  const memberCount = Math.max(3, Math.round(count * 0.6));
  const substituteCount = Math.max(1, Math.round(count * 0.1));
  const officialCount = Math.max(1, Math.round(count * 0.15));
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const base = {
      id: `p${i + 1}`,
      name: personName(i),
      party: pick(random, words.PARTIES),
      organisation: pick(random, words.MUNICIPALITIES),
    };
    if (i < memberCount) {
      people.push({
        ...base,
        role: i === 0 ? 'ordforande' : i === 1 ? 'vice-ordforande' : 'ledamot',
        groupId: 'beslutande',
        subgroup: i % 3 === 2 ? 'Oppositionen' : 'Majoriteten',
      });
    } else if (i < memberCount + substituteCount) {
      people.push({ ...base, role: 'ersattare', groupId: 'tjanstgorande-ersattare' });
    } else if (i < memberCount + substituteCount + officialCount) {
      const isSecretary = i === memberCount + substituteCount;
      people.push({
        id: base.id,
        name: base.name,
        organisation: pick(random, words.ORGANISATIONS),
        title: isSecretary ? 'Nämndsekreterare' : pick(random, words.TITLES),
        role: isSecretary ? 'sekreterare' : 'tjansteperson',
        groupId: 'ovriga',
      });
    } else {
      people.push({ ...base, role: 'ledamot', groupId: 'franvarande' });
    }
  }
  return people;
}

function richBody(random: () => number, index: number): RichText {
  const sentences = (n: number) => pickDistinct(random, words.SENTENCES, n).join(' ');
  const blocks: RichBlock[] = [
    {
      type: 'paragraph',
      children: [{ text: 'Bakgrund. ', bold: true }, { text: sentences(3) }],
    },
    { type: 'paragraph', children: [{ text: sentences(2 + (index % 3)) }] },
  ];
  if (index % 4 === 1) {
    blocks.push({
      type: index % 8 === 1 ? 'numbered-list' : 'bulleted-list',
      children: Array.from({ length: 3 }, () => ({
        type: 'list-item' as const,
        children: [{ text: pick(random, words.LIST_POINTS) }],
      })),
    });
  }
  if (index % 5 === 2) {
    blocks.push({
      type: 'paragraph',
      children: [{ text: 'Förvaltningens bedömning: ', italic: true }, { text: sentences(2) }],
    });
  }
  return blocks;
}

function makeItems(random: () => number, count: number, members: Person[]): Item[] {
  const template = getTemplate('kommunal-namnd')!;
  const opening = template.items.filter((t) => t.position === 'opening').slice(0, 2);
  const closing = template.items.filter((t) => t.position === 'closing' && t.includeByDefault);
  // The secretary fills the template's placeholders ("att … utses till justerare").
  const filled = (item: Item): Item =>
    JSON.parse(JSON.stringify(item).replaceAll('…', members[1]?.name ?? 'Anna Berg')) as Item;
  const fromTemplate = (t: (typeof template.items)[number]) => filled(itemFromTemplate(t, BODY));
  const items: Item[] = opening.slice(0, count).map(fromTemplate);
  const middle = Math.max(0, count - items.length - closing.length);
  for (let i = 0; i < middle; i++) items.push(makeItem(random, i, members));
  for (const t of closing) if (items.length < count) items.push(fromTemplate(t));
  return items;
}

function makeItem(random: () => number, i: number, members: Person[]): Item {
  const topic = words.ITEM_TOPICS[i % words.ITEM_TOPICS.length]!;
  const year = 2024 - (i % 3);
  const isInformation = i % 6 === 5;
  const atts = pickDistinct(random, words.ATT_SATSER, 1 + (i % 3));
  const voters = members.slice(0, Math.min(members.length, 11));
  const item: Item = {
    id: `item-${i + 1}`,
    kind: isInformation ? 'information' : 'beslut',
    inserted: i % 25 === 24,
    title:
      i < words.ITEM_TOPICS.length
        ? topic
        : `${topic} ${Math.floor(i / words.ITEM_TOPICS.length) + 1}`,
    dnr: `KS ${year}/${String(100 + i).padStart(4, '0')}`,
    presenters:
      i % 2 === 0 ? [`${personName(i + 40)}, ${pick(random, words.TITLES).toLowerCase()}`] : [],
    timeSlot: '',
    documents: i % 3 === 0 ? [`Tjänsteskrivelse ${DATE}`, 'Bilaga: Underlag'] : [],
    body: richBody(random, i),
    motions: [],
    propositionOrder: '',
    votes: [],
    reservations: [],
    notes: [],
    immediateAdjustment: i % 30 === 7,
    appendices: i % 10 === 3 ? [{ id: `bilaga-${i + 1}`, title: `Bilaga ${i + 1}: ${topic}` }] : [],
    distribution: isInformation ? [] : ['Förvaltningen', 'Ekonomiavdelningen'],
    notForWeb: i % 40 === 13,
    notForWebReason: i % 40 === 13 ? 'Personuppgifter enligt OSL 26 kap. 1 §' : '',
  };
  if (!isInformation) {
    item.proposal = { intro: 'Ordföranden föreslår att kommunstyrelsen beslutar', attSatser: atts };
    item.decision = { intro: 'Kommunstyrelsen beslutar', attSatser: atts };
  }
  if (i % 9 === 4 && voters.length >= 5) {
    const mover = voters[voters.length - 1]!;
    item.motions = [
      { by: `${mover.name} (${mover.party ?? ''})`, text: 'att avslå förslaget', withdrawn: false },
    ];
    item.propositionOrder =
      'Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller ordförandens förslag. Omröstning begärs.';
    const ballots = voters.map((p, k) => ({
      personId: p.id,
      choice: k % 4 === 3 ? ('nej' as const) : k === 5 ? ('avstar' as const) : ('ja' as const),
    }));
    const count = (c: string) => ballots.filter((b) => b.choice === c).length;
    item.votes = [
      {
        title: '',
        question: 'Ja för ordförandens förslag, nej för avslagsyrkandet',
        ballots,
        counts: { ja: count('ja'), nej: count('nej'), avstar: count('avstar') },
        result: `Med ${count('ja')} ja-röster mot ${count('nej')} nej-röster bifaller kommunstyrelsen ordförandens förslag.`,
      },
    ];
    item.reservations = [
      { personIds: [mover.id], reason: 'Till förmån för eget yrkande.', written: i % 2 === 0 },
    ];
  }
  if (i % 11 === 6)
    item.notes = [
      {
        by: `${members[3]?.name ?? 'Ledamot'}`,
        text: 'Vi vill se en tydligare uppföljning av kostnaderna.',
      },
    ];
  return item;
}
