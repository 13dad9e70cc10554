import { api, unwrap } from '../ipc/paragraf';
import { createAutosaver } from '../state/autosave';
import { draftStore } from '../state/draftStore';
import type { SaveReceipt } from '../../../shared/ipc/contract';
import { notices } from '../widgets/Notice';
import { editHold, heldByText } from './editHold';
import { writeJournal } from './unsavedJournal';

/** The app's autosaver: the real drafts.save, at most a second after typing stops. */
export const autosaver = createAutosaver({
  store: draftStore,
  delayMs: 800,
  save: async (protocol) => {
    const hold = editHold.get();
    if (hold && hold.draftId === protocol.id) {
      // Read-only here: someone else is editing it. Never saved from this window.
      throw new Error(`${heldByText(hold.holder)} – ändringar sparas inte här.`);
    }
    const receipt = await unwrap(api().drafts.save(protocol));
    if (receipt.conflict) continueInConflictCopy(protocol.id, receipt.conflict);
    return receipt.keptLocally ? { keptLocally: receipt.keptLocally.sv } : undefined;
  },
});

/**
 * Another window had changed the draft, so main saved this version as a new draft instead of
 * overwriting; this window goes on editing that copy (the id change is saved like an edit).
 */
function continueInConflictCopy(
  originalId: string,
  conflict: NonNullable<SaveReceipt['conflict']>,
): void {
  draftStore.update((d) => (d.id === originalId ? { ...d, id: conflict.copyId } : d));
  notices.show(conflict.sv);
}

/** Keeps main informed about unsaved edits, so quitting can ask first. */
let lastDirty = false;
draftStore.subscribe(() => {
  const dirty = draftStore.isDirty();
  if (dirty === lastDirty) return;
  lastDirty = dirty;
  window.paragraf?.events.setDirty(dirty);
});

/** Saves now: used by Ctrl+S, blur and before closing. */
export function saveNow(): Promise<void> {
  return autosaver.flush();
}

/** On reload or close: start the save and keep a synchronous copy in case it cannot finish. */
export function saveBeforeUnload(): void {
  if (!draftStore.isDirty()) return;
  const protocol = draftStore.get();
  if (protocol) writeJournal(protocol);
  void autosaver.flush();
}
