import { numberItems } from './numbering';
import type { Protocol } from './protocol';

/** "§ 17 a", "17a", "17 A", "3." → "17 a", "3": the number as typed, without sign or dot. */
function normalized(text: string, sign: string): string {
  let t = text.trim().toLowerCase();
  if (sign && t.startsWith(sign.toLowerCase())) t = t.slice(sign.length);
  return t
    .replace(/\.$/, '')
    .replace(/^(\d+)\s*([a-z])$/, '$1 $2')
    .trim();
}

/** The id of the item printed with this number ("49", "§ 49", "17 a"); undefined when none is. */
export function itemIdByNumber(protocol: Protocol, printed: string): string | undefined {
  const sign = protocol.labels.paragraphSign;
  const wanted = normalized(printed, sign);
  const numbers = numberItems(protocol.items, protocol.meeting.numbering, sign);
  return numbers.find((n) => `${n.number}${n.letter ? ` ${n.letter}` : ''}` === wanted)?.id;
}
