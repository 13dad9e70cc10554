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

/** A ledamot was just marked absent from the keyboard: the offer of an ersättare takes the focus. */
export function absenceMarked(memberId: string): void {
  absenceListeners.forEach((l) => l(memberId));
}

export function onAbsenceMarked(listener: FocusListener): () => void {
  absenceListeners.add(listener);
  return () => absenceListeners.delete(listener);
}
