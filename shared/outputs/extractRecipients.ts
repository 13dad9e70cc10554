import type { Protocol } from '../protocol/protocol';

/** One recipient of expediering and the items whose decisions are sent to them. */
export interface ExtractRecipient {
  recipient: string;
  itemIds: string[];
}

/**
 * Everyone the items' "Expedieras till" lists, in order of first mention, each with their items:
 * one protokollsutdrag per recipient. Names differing only in case or spacing are one recipient.
 */
export function extractRecipients(protocol: Protocol): ExtractRecipient[] {
  const byKey = new Map<string, ExtractRecipient>();
  for (const item of protocol.items) {
    for (const name of item.distribution) {
      const recipient = name.replace(/\s+/g, ' ').trim();
      if (recipient === '') continue;
      const key = recipient.toLocaleLowerCase('sv');
      const entry = byKey.get(key) ?? { recipient, itemIds: [] };
      if (!entry.itemIds.includes(item.id)) entry.itemIds.push(item.id);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}
