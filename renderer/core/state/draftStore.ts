import { useSyncExternalStore } from 'react';
import { prefillSignatures } from '../../../shared/protocol/prefillSignatures';
import type { Protocol } from '../../../shared/protocol/protocol';

type Listener = () => void;

/**
 * The open draft. Updates are immutable recipes, so components that select an unchanged part
 * (one item among 150) keep their props and skip re-rendering.
 */
export interface DraftStore {
  get(): Protocol | null;
  /** Replaces the whole draft (open, restore); not counted as an edit. */
  load(protocol: Protocol | null): void;
  /** Applies an edit; marks the draft dirty and notifies subscribers. */
  update(recipe: (draft: Protocol) => Protocol): void;
  subscribe(listener: Listener): () => void;
  /** Increases with every edit and load; the autosaver compares it with `savedRevision`. */
  revision(): number;
  /** The revision last known to be on disk (a loaded draft counts as saved). */
  savedRevision(): number;
  /** Records that the draft as of `revision` is on disk. */
  markSaved(revision: number): void;
  /** True when edits exist that are not yet on disk. */
  isDirty(): boolean;
}

export function createDraftStore(): DraftStore {
  let current: Protocol | null = null;
  // Monotonic across loads, so a save finishing for a closed draft cannot mark a newer one saved.
  let rev = 0;
  let saved = 0;
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((l) => l());
  return {
    get: () => current,
    load(protocol) {
      current = protocol;
      rev++;
      saved = rev;
      emit();
    },
    update(recipe) {
      if (!current) return;
      const next = recipe(current);
      if (next === current) return;
      current = next;
      rev++;
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    revision: () => rev,
    savedRevision: () => saved,
    markSaved(revision) {
      if (revision <= saved) return;
      saved = revision;
      emit();
    },
    isDirty: () => rev > saved,
  };
}

/** The app's one draft store. */
export const draftStore = createDraftStore();

/** Selects part of the open draft; re-renders only when the selected value changes identity. */
export function useDraft<T>(
  selector: (draft: Protocol) => T,
  store: DraftStore = draftStore,
): T | undefined {
  return useSyncExternalStore(store.subscribe, () => {
    const d = store.get();
    return d ? selector(d) : undefined;
  });
}

/**
 * Applies an edit to the open draft; signatures the secretary has not chosen follow the roles
 * and the "Val av justerare" decision the edit sets.
 */
export function updateDraft(recipe: (draft: Protocol) => Protocol): void {
  draftStore.update((draft) => {
    const next = recipe(draft);
    return next === draft ? draft : prefillSignatures(draft, next);
  });
}
