import { newId } from '../../shared/protocol/ids';
import type { Item } from '../../shared/protocol/item';

// The optional parts of an item. Each is shown when it holds something (or was just added), and
// offered in the item's "Lägg till…" menu otherwise, so an ordinary item stays uncluttered.

export type PartKey =
  | 'documents'
  | 'proposal'
  | 'motions'
  | 'vote'
  | 'decision'
  | 'reservations'
  | 'notes'
  | 'jav'
  | 'distribution'
  | 'appendices'
  | 'immediateAdjustment'
  | 'notForWeb';

export interface PartIntros {
  proposalIntro: string;
  decisionIntro: string;
}

interface PartSpec {
  key: PartKey;
  label: string;
  isPresent(item: Item): boolean;
  /** What adding the part puts in the item; absent when it starts empty (people are picked). */
  add?(item: Item, intros: PartIntros): Item;
  remove(item: Item): Item;
}

function without<K extends keyof Item>(item: Item, key: K): Item {
  const next = { ...item };
  delete next[key];
  return next;
}

/** In the order they appear in an item and in print. */
export const ITEM_PARTS: readonly PartSpec[] = [
  {
    key: 'documents',
    label: 'Beslutsunderlag',
    isPresent: (i) => i.documents.length > 0,
    add: (i) => ({ ...i, documents: [''] }),
    remove: (i) => ({ ...i, documents: [] }),
  },
  {
    key: 'proposal',
    label: 'Förslag till beslut',
    isPresent: (i) => i.proposal !== undefined,
    add: (i, t) => ({ ...i, proposal: { intro: t.proposalIntro, attSatser: [''] } }),
    remove: (i) => without(i, 'proposal'),
  },
  {
    key: 'motions',
    label: 'Yrkanden och propositionsordning',
    isPresent: (i) => i.motions.length > 0 || i.propositionOrder !== '',
    add: (i) => ({ ...i, motions: [{ by: '', text: '', withdrawn: false }] }),
    remove: (i) => ({ ...i, motions: [], propositionOrder: '' }),
  },
  {
    key: 'vote',
    label: 'Omröstning',
    isPresent: (i) => i.votes.length > 0,
    add: (i) => ({ ...i, votes: [{ title: '', question: '', ballots: [], result: '' }] }),
    remove: (i) => ({ ...i, votes: [] }),
  },
  {
    key: 'decision',
    label: 'Beslut',
    isPresent: (i) => i.decision !== undefined,
    add: (i, t) => ({ ...i, decision: { intro: t.decisionIntro, attSatser: [''] } }),
    remove: (i) => without(i, 'decision'),
  },
  {
    key: 'reservations',
    label: 'Reservation',
    isPresent: (i) => i.reservations.length > 0,
    remove: (i) => ({ ...i, reservations: [] }),
  },
  {
    key: 'notes',
    label: 'Protokollsanteckning',
    isPresent: (i) => i.notes.length > 0,
    add: (i) => ({ ...i, notes: [{ by: '', text: '' }] }),
    remove: (i) => ({ ...i, notes: [] }),
  },
  {
    key: 'jav',
    label: 'Jäv',
    // Jäv is recorded in the attendance events; ItemExtras shows and clears it from there.
    isPresent: () => false,
    remove: (i) => i,
  },
  {
    key: 'distribution',
    label: 'Beslutet skickas till',
    isPresent: (i) => i.distribution.length > 0,
    add: (i) => ({ ...i, distribution: [''] }),
    remove: (i) => ({ ...i, distribution: [] }),
  },
  {
    key: 'appendices',
    label: 'Bilagor',
    isPresent: (i) => i.appendices.length > 0,
    add: (i) => ({ ...i, appendices: [{ id: newId('bilaga'), title: 'Bilaga 1' }] }),
    remove: (i) => ({ ...i, appendices: [] }),
  },
  {
    key: 'immediateAdjustment',
    label: 'Omedelbar justering',
    isPresent: (i) => i.immediateAdjustment,
    add: (i) => ({ ...i, immediateAdjustment: true }),
    remove: (i) => ({ ...i, immediateAdjustment: false }),
  },
  {
    key: 'notForWeb',
    label: 'Ej för publicering på webben',
    isPresent: (i) => i.notForWeb,
    add: (i) => ({ ...i, notForWeb: true }),
    remove: (i) => ({ ...i, notForWeb: false, notForWebReason: '' }),
  },
];

/** Lines typed one per row; empty rows are dropped when the field is left. */
export function linesFrom(text: string): string[] {
  return text.split('\n');
}

export function withoutEmptyLines(lines: readonly string[]): string[] {
  return lines.map((l) => l.trim()).filter((l) => l.length > 0);
}
