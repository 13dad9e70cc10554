import type { Protocol } from '../../../shared/protocol/protocol';
import { draftStore, updateDraft, type DraftStore } from './draftStore';
import { restoreStructure } from './restoreStructure';

/** One structural edit: the draft before and right after it, and what to call it. */
interface Entry {
  /** Swedish, for the notice: "Ärendet togs bort". */
  label: string;
  before: Protocol;
  after: Protocol;
}

type Listener = () => void;

/**
 * The document's own undo for structural edits (deleting, moving, adding items, people and
 * parts), beside each text field's history: Ctrl+Z outside a text field, or Ångra in the notice,
 * takes the last one back without undoing what was typed since.
 */
export function createStructureHistory(store: DraftStore, limit = 100) {
  let undo: Entry[] = [];
  let redo: Entry[] = [];
  let draftId: string | undefined;
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((l) => l());
  const sameDraft = () => {
    const id = store.get()?.id;
    if (id !== draftId) {
      undo = [];
      redo = [];
      draftId = id;
    }
  };
  const step = (from: Entry[], to: Entry[], backwards: boolean): string | null => {
    sameDraft();
    const entry = from.pop();
    const current = store.get();
    if (!entry || !current) return null;
    const [target, reference] = backwards
      ? [entry.before, entry.after]
      : [entry.after, entry.before];
    const restored = restoreStructure(target, reference, current);
    store.update(() => restored);
    // The same two sides serve both directions: what the edit did not touch is the same object
    // on both sides, so it keeps what was typed since.
    to.push(entry);
    emit();
    return entry.label;
  };
  return {
    /** Applies a structural edit and records it; false when it changed nothing. */
    edit(label: string, recipe: (draft: Protocol) => Protocol, apply = updateDraft): boolean {
      sameDraft();
      const before = store.get();
      if (!before) return false;
      apply(recipe);
      const after = store.get();
      if (!after || after === before) return false;
      undo = [...undo.slice(-(limit - 1)), { label, before, after }];
      redo = [];
      emit();
      return true;
    },
    /** Takes the last structural edit back; its label, or null when there is none. */
    undo: () => step(undo, redo, true),
    redo: () => step(redo, undo, false),
    canUndo: () => (sameDraft(), undo.length > 0),
    canRedo: () => (sameDraft(), redo.length > 0),
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type StructureHistory = ReturnType<typeof createStructureHistory>;

/** The open draft's structural history. */
export const structureHistory = createStructureHistory(draftStore);

/** A structural edit of the open draft, undoable with Ctrl+Z. */
export function structuralEdit(label: string, recipe: (draft: Protocol) => Protocol): boolean {
  return structureHistory.edit(label, recipe);
}
