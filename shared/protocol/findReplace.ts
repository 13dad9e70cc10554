import type { Item } from './item';
import type { Person } from './attendance';
import type { Protocol } from './protocol';
import type { RichText, TextLeaf } from './richText';
import { plainText } from './richTextHelpers';
import type { WarningLocation } from '../validation/warning';

/** One text that contains what is searched for, and where it is (as warnings point). */
export interface FindMatch {
  location: WarningLocation;
  /** How many times it occurs there. */
  count: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (query: string) => new RegExp(escapeRe(query), 'giu');
const occurrences = (text: string, query: string) => text.match(pattern(query))?.length ?? 0;

/** Every searchable text of an item, by the field a location names. */
function itemTexts(item: Item): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['title', item.title],
    ['body', plainText(item.body)],
  ];
  for (const key of ['proposal', 'decision'] as const) {
    const d = item[key];
    if (!d) continue;
    out.push([`${key}.intro`, d.intro]);
    d.attSatser.forEach((a, i) => out.push([`${key}.attSatser[${i}]`, a]));
  }
  item.presenters.forEach((t, i) => out.push([`presenters[${i}]`, t]));
  item.motions.forEach((m, i) => out.push([`motions[${i}]`, `${m.by}\n${m.text}`]));
  item.notes.forEach((n, i) => out.push([`notes[${i}]`, `${n.by}\n${n.text}`]));
  return out;
}

const personText = (p: Person) => [p.name, p.title ?? '', p.organisation ?? ''].join('\n');

/**
 * Where the query occurs in the whole protokoll, in document order: the attendance, then each
 * item's title, text, proposal, decision and parts. Case is ignored. Nothing for an empty query.
 */
/** The parts of a protokoll that are searched. */
export interface Searchable {
  items: readonly Item[];
  attendance: { people: readonly Person[] };
}

export function findMatches(p: Searchable, query: string): FindMatch[] {
  if (query === '') return [];
  const out: FindMatch[] = [];
  for (const person of p.attendance.people) {
    const count = occurrences(personText(person), query);
    if (count > 0) out.push({ location: { kind: 'person', id: person.id, field: 'name' }, count });
  }
  for (const item of p.items) {
    for (const [field, text] of itemTexts(item)) {
      const count = occurrences(text, query);
      if (count > 0) out.push({ location: { kind: 'item', id: item.id, field }, count });
    }
  }
  return out;
}

function replaceRich(body: RichText, re: RegExp, replacement: string): RichText {
  const leaf = (l: TextLeaf): TextLeaf => ({ ...l, text: l.text.replace(re, () => replacement) });
  const withLeaves = <T extends { children: TextLeaf[] }>(node: T): T => ({
    ...node,
    children: node.children.map(leaf),
  });
  return body.map((block) => {
    switch (block.type) {
      case 'bulleted-list':
      case 'numbered-list':
        return { ...block, children: block.children.map(withLeaves) };
      case 'table':
        return {
          ...block,
          children: block.children.map((row) => ({
            ...row,
            children: row.children.map(withLeaves),
          })),
        };
      default:
        return withLeaves(block);
    }
  });
}

/**
 * Replaces every occurrence (case ignored) in the texts findMatches searches; the replacement is
 * taken literally. Returns the protokoll and how many were replaced; the same object when none.
 */
export function replaceAll(
  p: Protocol,
  query: string,
  replacement: string,
): { protocol: Protocol; count: number } {
  const count = findMatches(p, query).reduce((n, m) => n + m.count, 0);
  if (count === 0) return { protocol: p, count: 0 };
  const re = pattern(query);
  const r = (s: string) => s.replace(re, () => replacement);
  const ro = (s: string | undefined) => (s === undefined ? s : r(s));
  const decision = <T extends { intro: string; attSatser: string[] } | undefined>(d: T): T =>
    (d ? { ...d, intro: r(d.intro), attSatser: d.attSatser.map(r) } : d) as T;
  const items = p.items.map((item) => ({
    ...item,
    title: r(item.title),
    body: replaceRich(item.body, re, replacement),
    proposal: decision(item.proposal),
    decision: decision(item.decision),
    presenters: item.presenters.map(r),
    motions: item.motions.map((m) => ({ ...m, by: r(m.by), text: r(m.text) })),
    notes: item.notes.map((n) => ({ ...n, by: r(n.by), text: r(n.text) })),
  }));
  const people = p.attendance.people.map((x) => {
    const name = r(x.name);
    return {
      ...x,
      // A name is never emptied by a replacement.
      name: name.trim() === '' ? x.name : name,
      ...(x.title !== undefined ? { title: ro(x.title) } : {}),
      ...(x.organisation !== undefined ? { organisation: ro(x.organisation) } : {}),
    };
  });
  return { protocol: { ...p, items, attendance: { ...p.attendance, people } }, count };
}
