import type { Protocol } from '../protocol';
import { lastCorrectionDate } from '../protocol/corrections';
import { fillLabel } from './fillLabel';
import type { ItemContentBlock, PrintBlock } from './printDocument';

/**
 * "Rättelser" at the end of the protokoll: one paragraph per correction with its date, what it
 * concerns and who made it. Built from existing block kinds so both renderers print it as is.
 * `withheld` gives the text printed instead of a correction to an item kept off the web version.
 */
export function correctionBlocks(
  protocol: Protocol,
  numberOf: Map<string, string>,
  withheld?: (itemId: string) => string | undefined,
): PrintBlock[] {
  const { corrections, labels } = protocol;
  if (corrections.length === 0) return [];
  const out: PrintBlock[] = [{ kind: 'heading', level: 1, text: labels.correctionsHeading }];
  for (const c of corrections) {
    const item = c.itemId ? protocol.items.find((i) => i.id === c.itemId) : undefined;
    const what = item
      ? [numberOf.get(item.id), item.title].filter(Boolean).join(' ')
      : labels.correctionWholeProtocol;
    out.push({
      kind: 'paragraph',
      role: 'body',
      runs: [
        { text: `${c.date}, ${what}: `, bold: true },
        { text: (c.itemId && withheld?.(c.itemId)) || c.text },
        ...(c.by ? [{ text: ` (${c.by})`, italic: true }] : []),
      ],
    });
  }
  return out;
}

/** "Rättad 2026-11-22, se Rättelser" under a corrected item's title; none when never corrected. */
export function correctedNote(protocol: Protocol, itemId: string): ItemContentBlock[] {
  const date = lastCorrectionDate(protocol.corrections, itemId);
  if (!date) return [];
  const text = fillLabel(protocol.labels.correctedNote, { date });
  return [{ kind: 'paragraph', role: 'note', runs: [{ text, italic: true }] }];
}
