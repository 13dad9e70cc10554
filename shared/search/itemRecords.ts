import { itemNumberMap } from '../protocol/numbering';
import type { Item } from '../protocol/item';
import type { Protocol } from '../protocol/protocol';
import { plainText } from '../protocol/richTextHelpers';
import type { ItemRecord } from './searchTypes';

/** Longest text kept per item for search and snippets; a huge item is searched by its start. */
export const MAX_ITEM_TEXT = 20_000;

function clip(text: string): string {
  return text.length > MAX_ITEM_TEXT ? text.slice(0, MAX_ITEM_TEXT) : text;
}

function otherText(protocol: Protocol, item: Item, names: Map<string, string>): string {
  const people = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? '');
  return [
    plainText(item.body),
    ...item.presenters,
    ...item.documents,
    item.proposal ? [item.proposal.intro, ...item.proposal.attSatser].join('\n') : '',
    ...item.motions.map((m) => `${m.by}: ${m.text}`),
    item.propositionOrder,
    ...item.votes.map((v) => [v.title, v.question, v.result].join('\n')),
    ...item.reservations.map((r) => `${people(r.personIds).join(', ')} ${r.reason}`),
    ...item.notes.map((n) => `${n.by}: ${n.text}`),
    // Who reported jäv in this item.
    people(
      protocol.attendance.events.flatMap((e) =>
        e.type === 'absent' && e.jav && e.itemId === item.id ? [e.personId] : [],
      ),
    ).join(', '),
    ...item.distribution,
    ...item.appendices.map((a) => a.title),
  ]
    .filter((s) => s.trim())
    .join('\n');
}

/** One search record per § item of a protokoll. */
export function itemRecordsOf(protocol: Protocol): ItemRecord[] {
  const numbers = itemNumberMap(protocol);
  const names = new Map(protocol.attendance.people.map((p) => [p.id, p.name]));
  return protocol.items.map((item) => ({
    key: `${protocol.id}#${item.id}`,
    draftId: protocol.id,
    itemId: item.id,
    body: protocol.meeting.body,
    date: protocol.meeting.date,
    status: protocol.status,
    label: numbers.get(item.id)?.label ?? '',
    title: item.title,
    dnr: item.dnr || '',
    intro: clip(item.decision?.intro ?? ''),
    attSatser: (item.decision?.attSatser ?? []).map(clip),
    hasDecision:
      !!item.decision && [item.decision.intro, ...item.decision.attSatser].some((s) => s.trim()),
    text: clip(otherText(protocol, item, names)),
  }));
}
