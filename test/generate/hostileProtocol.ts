/**
 * Protocols from a stranger: every free-text field of a filled protocol (found by asking the
 * schema which fields accept arbitrary text) holds a value built to break out of its context.
 */
import { protocolSchema, type Protocol } from '../../shared/protocol/protocol';
import { generateLargeProtocol } from './largeProtocol';

/** Fields that are not text for print: appendix paths are read by the exporter as files. */
const SKIPPED_KEYS = new Set(['file']);

/** A small protocol with every optional part of an item, a correction and every layout box. */
export function filledProtocol(): Protocol {
  const base = generateLargeProtocol({ items: 3, people: 6 });
  const [first, ...rest] = base.items;
  const people = base.attendance.people;
  return protocolSchema.parse({
    ...base,
    layout: { ...base.layout, firstPageHeaderDifferent: true, showAgenda: true },
    items: [
      {
        ...first!,
        presenters: ['Föredragande'],
        documents: ['Tjänsteskrivelse'],
        proposal: { intro: 'Ordföranden föreslår', attSatser: ['att godkänna'] },
        motions: [{ by: 'Anna', text: 'Bifall', withdrawn: false }],
        propositionOrder: 'Ordföranden ställer proposition',
        votes: [
          {
            title: 'Huvudvotering',
            question: 'Ja för förslaget',
            ballots: [],
            counts: { ja: 3, nej: 2, avstar: 1 },
            result: 'Förslaget bifalls',
          },
        ],
        decision: { intro: 'Nämnden beslutar', attSatser: ['att bifalla'] },
        reservations: [{ personIds: [people[1]!.id], reason: 'Skäl', written: true }],
        notes: [{ by: 'Bertil', text: 'Anteckning' }],
        immediateAdjustment: true,
        appendices: [{ id: 'bilaga-1', title: 'Bilaga' }],
        distribution: ['Ekonomiavdelningen'],
        notForWeb: false,
      },
      ...rest,
    ],
    attendance: {
      ...base.attendance,
      events: [{ type: 'absent', personId: people[2]!.id, itemId: first!.id, jav: true }],
    },
    corrections: [{ date: '2024-11-28', itemId: first!.id, text: 'Rättat', by: 'Sekreteraren' }],
  });
}

export type Path = (string | number)[];

export function stringPaths(value: unknown, path: Path, out: Path[]): Path[] {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => stringPaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      if (!SKIPPED_KEYS.has(k)) stringPaths(v, [...path, k], out);
  }
  return out;
}

export function setAt(root: unknown, path: Path, text: string): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = text;
}

export interface HostileProtocol {
  protocol: Protocol;
  /** The value put into each field, by field path (items[0].title …). */
  values: Map<string, string>;
}

/**
 * Puts into every string field the schema accepts free text in the longest of `variants(tag, path)`
 * that it accepts; `tag` is unique per field ("Q7Q") so each value can be found in print. Fields
 * with a format (ids, dates, enums, the language) refuse every variant and keep their value.
 */
export function hostileProtocol(
  base: Protocol,
  variants: (tag: string, path: string) => readonly string[],
): HostileProtocol {
  const protocol = structuredClone(base);
  const values = new Map<string, string>();
  let n = 0;
  for (const path of stringPaths(base, [], [])) {
    const old = path.reduce<unknown>(
      (node, key) => (node as Record<string | number, unknown>)[key],
      protocol,
    ) as string;
    const tag = `Q${n}Q`;
    const accepted = variants(tag, path.join('.')).find((v) => {
      setAt(protocol, path, v);
      return protocolSchema.safeParse(protocol).success;
    });
    if (accepted === undefined) setAt(protocol, path, old);
    else {
      values.set(path.join('.'), accepted);
      n++;
    }
  }
  return { protocol: protocolSchema.parse(protocol), values };
}
