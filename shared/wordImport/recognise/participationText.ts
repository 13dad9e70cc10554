import type { ParticipationEvent } from '../../protocol/participationEvents';

/** Item ids by printed number and letter ("49", "7 a"). */
export type ItemIdByNumber = (number: number, letter: string) => string | undefined;

interface Span {
  from: [number, string];
  to: [number, string];
}

const REF = /(\d+)(?:\s?([a-z]))?/g;

function spans(text: string): Span[] | undefined {
  const out: Span[] = [];
  for (const part of text.split(/,\s*/)) {
    const refs = [...part.replace(/§/g, '').matchAll(REF)].map((m): [number, string] => [
      Number(m[1]),
      m[2] ?? '',
    ]);
    if (refs.length === 0 || refs.length > 2) return undefined;
    out.push({ from: refs[0]!, to: refs.at(-1)! });
  }
  return out;
}

/**
 * The events behind a printed attendance detail, as personText.ts prints it: "§ 46-52" (came
 * late or left early), "ej § 7 a" (missed items in between), both ("§ 1-10, ej § 7 a"); for a
 * substitute, the items they served ("§ 49"). Undefined when any item it names is not there.
 */
export function participationEvents(
  rest: string,
  personId: string,
  substitution: ParticipationEvent | undefined,
  itemId: ItemIdByNumber,
  items: { first: string; last: string },
): ParticipationEvent[] | undefined {
  const text = rest.trim();
  const missedAt = text.search(/(^|,\s*)ej\s/);
  const attendedText = missedAt < 0 ? text : text.slice(0, missedAt);
  const missedText = missedAt < 0 ? '' : text.slice(missedAt).replace(/^,?\s*ej\s+/, '');
  const events: ParticipationEvent[] = [];
  if (attendedText.trim()) {
    const s = spans(attendedText);
    if (!s || s.length !== 1) return undefined;
    const from = itemId(...s[0]!.from);
    const to = itemId(...s[0]!.to);
    if (!from || !to) return undefined;
    if (substitution && substitution.type === 'substitutes') {
      substitution.fromItemId = from;
      substitution.toItemId = to;
    } else {
      if (from !== items.first) events.push({ type: 'arrives', personId, itemId: from });
      if (to !== items.last) events.push({ type: 'leaves', personId, itemId: to });
    }
  }
  if (missedText) {
    const s = spans(missedText);
    if (!s) return undefined;
    for (const span of s) {
      if (span.from[0] !== span.to[0] || span.from[1] !== span.to[1]) {
        // "ej § 7-9": every item between, by number.
        for (let n = span.from[0]; n <= span.to[0]; n++) {
          const id = itemId(n, '');
          if (!id) return undefined;
          events.push({ type: 'absent', personId, itemId: id, jav: false });
        }
        continue;
      }
      const id = itemId(...span.from);
      if (!id) return undefined;
      events.push({ type: 'absent', personId, itemId: id, jav: false });
    }
  }
  return events;
}
