import { newItem, type ItemInput } from '../../shared/protocol/item';
import type { Protocol } from '../../shared/protocol/protocol';
import { richTextFromPlain } from '../../shared/protocol/richTextHelpers';
import { generateLargeProtocol } from './largeProtocol';

const BODIES = [
  'Kommunstyrelsen',
  'Barn- och utbildningsnämnden',
  'Byggnadsnämnden',
  'Socialnämnden',
  'Kultur- och fritidsnämnden',
];

/**
 * The n-th protokoll of a generated archive: 15 items, one of five bodies, meetings spread over
 * ten years (about 300 a year at 3,000 protokoll), dated and numbered through the year.
 */
export function archiveProtocol(n: number, itemsPerProtocol = 15): Protocol {
  const p = generateLargeProtocol({ items: itemsPerProtocol, people: 8, seed: n + 1 });
  const year = 2016 + (n % 10);
  const day = Math.floor(n / 10) % 330;
  const date = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);
  return {
    ...p,
    id: `arkiv-${n}`,
    status: n % 7 === 0 ? 'utkast' : 'justerat',
    meeting: {
      ...p.meeting,
      body: BODIES[n % BODIES.length]!,
      date,
      numbering: { ...p.meeting.numbering, firstNumber: 1 + (day % 20) * itemsPerProtocol },
    },
  };
}

/** A small protokoll with the given items (title, text, decision), for search tests. */
export function protocolWithItems(
  base: { id: string; body: string; date: string; status?: Protocol['status'] },
  items: (Partial<ItemInput> & { title: string; text?: string; atts?: string[] })[],
): Protocol {
  const p = generateLargeProtocol({ items: 1, people: 6, seed: 7 });
  return {
    ...p,
    id: base.id,
    status: base.status ?? 'justerat',
    meeting: {
      ...p.meeting,
      body: base.body,
      date: base.date,
      numbering: { ...p.meeting.numbering, firstNumber: 1 },
    },
    signatures: { ...p.signatures, adjusters: [] },
    items: items.map(({ text, atts, ...fields }, i) =>
      newItem({
        id: `i${i + 1}`,
        body: richTextFromPlain(text ?? ''),
        ...(atts ? { decision: { intro: `${base.body} beslutar`, attSatser: atts } } : {}),
        ...fields,
      }),
    ),
  };
}
