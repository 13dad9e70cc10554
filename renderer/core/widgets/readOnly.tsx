import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { EditHolder } from '../../../shared/ipc/contract';
import { editHold } from '../draft/editHold';
import { isEditableStatus } from '../../../shared/protocol/protocol';
import { draftStore, useDraft } from '../state/draftStore';

/**
 * A justerat (or publicerat) protokoll opens read-only. "Gör rättelse…" unlocks one item (or the
 * whole protokoll) for the rest of the session, once the correction is recorded; reopening
 * the file locks it again.
 */
interface Unlocked {
  draftId: string;
  whole: boolean;
  itemIds: ReadonlySet<string>;
}

let unlocked: Unlocked = { draftId: '', whole: false, itemIds: new Set() };
const listeners = new Set<() => void>();

function unlockedFor(draftId: string | undefined): Unlocked {
  return draftId && unlocked.draftId === draftId
    ? unlocked
    : { draftId: draftId ?? '', whole: false, itemIds: new Set() };
}

/** Opens an item (or, without an id, the whole protokoll) of the open draft for editing. */
export function unlockForCorrection(itemId?: string): void {
  const draftId = draftStore.get()?.id;
  if (!draftId) return;
  const before = unlockedFor(draftId);
  unlocked = itemId
    ? { ...before, itemIds: new Set([...before.itemIds, itemId]) }
    : { ...before, whole: true };
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * True when the open draft's structure (items added, moved, removed; meeting, attendance and
 * signatures) may not change: it is justerat and the whole protokoll is not under correction.
 */
export function structureLocked(): boolean {
  const draft = draftStore.get();
  if (draft && editHold.holds(draft.id)) return true;
  if (!draft || isEditableStatus(draft.status)) return false;
  return !unlockedFor(draft.id).whole;
}

export interface ReadOnlyState {
  /** The draft is justerat or publicerat. */
  adjusted: boolean;
  /** Everything outside the unlocked items is read-only. */
  locked: boolean;
  /** Someone else has the draft open for editing: all of it is read-only until taken over. */
  heldBy?: EditHolder;
  isItemReadOnly(itemId: string): boolean;
}

const EDITABLE: ReadOnlyState = { adjusted: false, locked: false, isItemReadOnly: () => false };
const ReadOnlyContext = createContext<ReadOnlyState>(EDITABLE);

/** Provides the read-only state of the open draft to every field and editor below it. */
export function ReadOnlyProvider({ children }: { children: ReactNode }) {
  const draftId = useDraft((d) => d.id);
  const status = useDraft((d) => d.status);
  const store = useSyncExternalStore(subscribe, () => unlocked);
  const hold = useSyncExternalStore(editHold.subscribe, editHold.get);
  const value = useMemo<ReadOnlyState>(() => {
    if (hold && hold.draftId === draftId) {
      return { adjusted: false, locked: true, heldBy: hold.holder, isItemReadOnly: () => true };
    }
    if (!status || isEditableStatus(status)) return EDITABLE;
    const open = store.draftId === draftId ? store : undefined;
    const locked = !open?.whole;
    return {
      adjusted: true,
      locked,
      isItemReadOnly: (id) => locked && !open?.itemIds.has(id),
    };
  }, [status, draftId, store, hold]);
  return <ReadOnlyContext.Provider value={value}>{children}</ReadOnlyContext.Provider>;
}

export function useReadOnly(): ReadOnlyState {
  return useContext(ReadOnlyContext);
}

/**
 * Disables every native input, select and button inside at once. `display: contents` keeps
 * the layout as it was without the fieldset.
 */
export function ReadOnlyFieldset({
  disabled,
  children,
}: {
  disabled: boolean;
  children: ReactNode;
}) {
  // Only a locked part gets the fieldset: an editable one keeps exactly the layout it had.
  if (!disabled) return <>{children}</>;
  return (
    <fieldset className="read-only-fieldset" disabled>
      {children}
    </fieldset>
  );
}
