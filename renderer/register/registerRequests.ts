type Listener = (body: string) => void;
const listeners = new Set<Listener>();

/** Opens the Ledamotsregister dialog for a body (from the start screen, Närvaro or the menu). */
export function openRegister(body: string): void {
  listeners.forEach((l) => l(body));
}

export function onOpenRegister(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type FocusListener = (memberId: string) => void;
const absenceListeners = new Set<FocusListener>();
/** Where the keyboard goes back to once the ersättare is called in: the row after the absent one. */
let returnTo: string | null = null;

/**
 * A ledamot was just marked absent: the offer of an ersättare takes the focus, and after it is
 * accepted the focus goes to the person listed after them (`nextPersonId`), so the next one
 * can be marked the same way.
 */
export function absenceMarked(memberId: string, nextPersonId: string | null): void {
  returnTo = nextPersonId;
  absenceListeners.forEach((l) => l(memberId));
}

/** Moves the focus back to the attendance after an ersättare was called in. */
export function returnFocusAfterCallIn(): void {
  const id = returnTo;
  returnTo = null;
  if (!id) return;
  requestAnimationFrame(() =>
    document
      .querySelector<HTMLInputElement>(`tr[data-person-id="${CSS.escape(id)}"] input`)
      ?.focus(),
  );
}

export function onAbsenceMarked(listener: FocusListener): () => void {
  absenceListeners.add(listener);
  return () => absenceListeners.delete(listener);
}
