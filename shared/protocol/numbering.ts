import { formatRange } from '../print/formatRange';
import type { Protocol } from './protocol';
import type { Item } from './item';
import type { Numbering } from './meeting';

export interface ItemNumber {
  id: string;
  /** The running number, e.g. 46. */
  number: number;
  /** Letter for an inserted item ("a", "b", …), else "". */
  letter: string;
  /** As printed: "§ 46", "§ 17 a", "1.", "3 a." */
  label: string;
}

/** Label of a number in a numbering style. */
export function formatItemLabel(
  numbering: Numbering,
  number: number,
  letter: string,
  sign = '§',
): string {
  const core = letter ? `${number} ${letter}` : `${number}`;
  return numbering.style === 'paragraph' ? `${sign} ${core}` : `${core}.`;
}

/**
 * Numbers items in order. An inserted item takes the previous item's number plus the next
 * letter; an inserted item first in the list gets the first number and "a".
 */
export function numberItems(
  items: readonly Item[],
  numbering: Numbering,
  sign = '§',
): ItemNumber[] {
  const out: ItemNumber[] = [];
  let number = numbering.firstNumber - 1;
  let letterIndex = 0;
  for (const item of items) {
    let letter = '';
    if (item.inserted) {
      if (number < numbering.firstNumber) number = numbering.firstNumber;
      letter = String.fromCharCode(97 + (letterIndex % 26));
      letterIndex++;
    } else {
      number++;
      letterIndex = 0;
    }
    out.push({
      id: item.id,
      number,
      letter,
      label: formatItemLabel(numbering, number, letter, sign),
    });
  }
  return out;
}

/** Item numbers of a protocol, keyed by item id. */
export function itemNumberMap(protocol: Protocol): Map<string, ItemNumber> {
  const numbers = numberItems(
    protocol.items,
    protocol.meeting.numbering,
    protocol.labels.paragraphSign,
  );
  return new Map(numbers.map((n) => [n.id, n]));
}

/**
 * A range of items as printed, e.g. "§ 46–55" or "1–10"; the whole meeting when the ends
 * are not given. Empty when the protocol has no items or an end is unknown.
 */
export function itemRangeText(protocol: Protocol, fromItemId?: string, toItemId?: string): string {
  const numbers = numberItems(
    protocol.items,
    protocol.meeting.numbering,
    protocol.labels.paragraphSign,
  );
  if (numbers.length === 0) return '';
  const from = fromItemId ? numbers.find((n) => n.id === fromItemId) : numbers[0];
  const to = toItemId ? numbers.find((n) => n.id === toItemId) : numbers[numbers.length - 1];
  if (!from || !to) return '';
  return formatRange(from, to, {
    style: protocol.meeting.numbering.style,
    sign: protocol.labels.paragraphSign,
  });
}
