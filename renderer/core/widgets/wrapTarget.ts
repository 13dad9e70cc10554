/**
 * Where Tab (or Shift+Tab) should go instead of leaving a modal: the first control after the
 * last one, the last before the first; null when the browser's own move stays inside.
 */
export function wrapTarget<T>(focusables: readonly T[], current: T | null, backwards: boolean) {
  if (focusables.length === 0) return null;
  const first = focusables[0]!;
  const last = focusables[focusables.length - 1]!;
  const index = current === null ? -1 : focusables.indexOf(current);
  if (index === -1) return backwards ? last : first;
  if (backwards && index === 0) return last;
  if (!backwards && index === focusables.length - 1) return first;
  return null;
}
