import type { ParticipationEvent } from '../../protocol/participationEvents';
import type { TemplateLabels } from '../../template/templateSchema';

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

/** The words around partial presence, as the matched template prints them. */
export type PresenceWords = Pick<
  TemplateLabels,
  'participatedUntil' | 'participatedFrom' | 'participatedIn' | 'notInItems' | 'plainItemWord'
>;

/** The label's words before {items}, for matching at the start of the text. */
const lead = (label: string) => label.split('{items}')[0]!.trim().toLocaleLowerCase('sv');

/**
 * "deltog till och med § 10" → "§ 1–10"-like spans: which end is open, and the rest of the
 * text with the words removed; the text unchanged when it has none of them.
 */
function presencePhrase(
  text: string,
  words: PresenceWords,
): { open?: 'start' | 'end'; text: string } {
  const lower = text.toLocaleLowerCase('sv');
  const phrases = [
    { prefix: lead(words.participatedUntil), open: 'start' as const },
    { prefix: lead(words.participatedFrom), open: 'end' as const },
    { prefix: lead(words.participatedIn), open: undefined },
  ].filter((p) => p.prefix !== '');
  for (const p of phrases) {
    if (lower.startsWith(p.prefix + ' ')) {
      const rest = text.slice(p.prefix.length).trim();
      const plain = words.plainItemWord.trim();
      const numbers =
        plain && rest.toLocaleLowerCase('sv').startsWith(plain.toLocaleLowerCase('sv') + ' ')
          ? rest.slice(plain.length).trim()
          : rest;
      return { ...(p.open ? { open: p.open } : {}), text: numbers };
    }
  }
  return { text };
}

/**
 * The events behind a printed attendance detail, as Paragraf prints it (print-conventions.md):
 * "deltog till och med § 10", "deltog från § 5", "deltog § 46–52" or "§ 46-52" (came late or left
 * early), "ej § 7 a" (missed items in between), both ("deltog § 1–10, ej § 7 a"); for a
 * substitute, the items they served ("§ 49"). Undefined when any item it names is not there.
 */
export function participationEvents(
  rest: string,
  personId: string,
  substitution: ParticipationEvent | undefined,
  itemId: ItemIdByNumber,
  items: { first: string; last: string },
  words: PresenceWords,
): ParticipationEvent[] | undefined {
  const text = rest.trim();
  const not = words.notInItems.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&') || 'ej';
  const missed = new RegExp(`(^|,\\s*)${not}\\s`, 'i');
  const missedAt = text.search(missed);
  const attended = presencePhrase(missedAt < 0 ? text : text.slice(0, missedAt), words);
  const missedText =
    missedAt < 0 ? '' : text.slice(missedAt).replace(new RegExp(`^,?\\s*${not}\\s+`, 'i'), '');
  const events: ParticipationEvent[] = [];
  if (attended.text.trim()) {
    const s = spans(attended.text);
    if (!s || s.length !== 1) return undefined;
    const from = attended.open === 'start' ? items.first : itemId(...s[0]!.from);
    const to = attended.open === 'end' ? items.last : itemId(...s[0]!.to);
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
