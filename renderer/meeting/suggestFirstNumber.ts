import type { DraftSummary } from '../../shared/ipc/contract';

export interface FirstNumberSuggestion {
  number: number;
  /** The protokoll the suggestion continues from. */
  previous: DraftSummary;
}

/** The last item number in a printed range such as "§ 46–55" or "1–10"; null without one. */
export function lastItemNumber(itemRange: string): number | null {
  const numbers = itemRange.match(/\d+/g);
  return numbers ? Number(numbers[numbers.length - 1]) : null;
}

/**
 * § numbers run through the calendar year per body: the first number of a meeting is the last
 * number of the body's latest earlier protokoll that year, plus one. Null when there is none
 * (then the year starts at the template's first number).
 */
export function suggestFirstNumber(
  drafts: readonly DraftSummary[],
  meeting: { id?: string; body: string; date: string },
): FirstNumberSuggestion | null {
  const body = meeting.body.trim().toLocaleLowerCase('sv');
  const year = meeting.date.slice(0, 4);
  if (!body || !/^\d{4}$/.test(year)) return null;
  let best: { draft: DraftSummary; last: number } | null = null;
  for (const d of drafts) {
    if (d.id === meeting.id) continue;
    if (d.body.trim().toLocaleLowerCase('sv') !== body) continue;
    if (!d.date.startsWith(`${year}-`) || d.date > meeting.date) continue;
    const last = lastItemNumber(d.itemRange);
    if (last === null) continue;
    const later =
      !best || d.date > best.draft.date || (d.date === best.draft.date && last > best.last);
    if (later) best = { draft: d, last };
  }
  return best ? { number: best.last + 1, previous: best.draft } : null;
}
