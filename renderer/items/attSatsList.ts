// Pure edits of an att-sats list, as the decision and proposal editors use it: Enter splits the
// att-sats at the caret into the next one, Backspace in an empty att-sats removes it.

export interface AttSatsEdit {
  list: string[];
  /** Index of the att-sats that gets the focus afterwards, and the caret offset within it. */
  focus: { index: number; offset: number };
}

/** Enter at `offset` in att-sats `index`: the text after the caret moves to a new att-sats below. */
export function splitAttSats(list: readonly string[], index: number, offset: number): AttSatsEdit {
  const text = list[index] ?? '';
  const at = Math.max(0, Math.min(text.length, offset));
  const next = list.slice();
  next.splice(index, 1, text.slice(0, at).trimEnd(), text.slice(at).trimStart());
  return { list: next, focus: { index: index + 1, offset: 0 } };
}

/**
 * Backspace at the start of att-sats `index`: an empty one is removed and the caret goes to the
 * end of the previous one; a non-empty one is joined onto the previous. The first stays.
 */
export function removeAttSats(list: readonly string[], index: number): AttSatsEdit | null {
  if (index <= 0 || index >= list.length) return null;
  const previous = list[index - 1] ?? '';
  const current = list[index] ?? '';
  const next = list.slice();
  const joined = current
    ? `${previous}${previous && !previous.endsWith(' ') ? ' ' : ''}${current}`
    : previous;
  next.splice(index - 1, 2, joined);
  return {
    list: next,
    focus: {
      index: index - 1,
      offset: previous.length + (current && previous && !previous.endsWith(' ') ? 1 : 0),
    },
  };
}

/** Replaces the text of one att-sats. */
export function setAttSats(list: readonly string[], index: number, text: string): string[] {
  if (list[index] === text) return list as string[];
  const next = list.slice();
  next[index] = text;
  return next;
}

/**
 * Pasting several lines into att-sats `index` over the selection start..end: the first line joins
 * the text before the selection, the last keeps the text after it, each line between becomes an
 * att-sats of its own. The caret ends after the last pasted line.
 */
export function pasteAttSatser(
  list: readonly string[],
  index: number,
  start: number,
  end: number,
  lines: readonly string[],
): AttSatsEdit {
  const text = list[index] ?? '';
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (lines.length === 0) return { list: list.slice(), focus: { index, offset: start } };
  const last = lines.length - 1;
  const inserted = lines.map(
    (line, i) => (i === 0 ? before : '') + line + (i === last ? after : ''),
  );
  const next = list.slice();
  next.splice(index, 1, ...inserted);
  const lastText = inserted[last] ?? '';
  return { list: next, focus: { index: index + last, offset: lastText.length - after.length } };
}
