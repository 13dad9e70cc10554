import { api, errorText, unwrap } from '../core/ipc/paragraf';
import { notices } from '../core/widgets/Notice';
import { draftStore } from '../core/state/draftStore';

/** Moves a draft to the trash (it can be restored from there). */
export async function trashDraft(id: string): Promise<void> {
  try {
    await unwrap(api().drafts.trash(id));
    notices.show('Protokollet ligger nu i papperskorgen.');
  } catch (e) {
    notices.error(errorText(e));
  }
}

export async function restoreFromTrash(id: string): Promise<void> {
  try {
    await unwrap(api().drafts.restoreFromTrash(id));
    notices.show('Protokollet är återställt.');
  } catch (e) {
    notices.error(errorText(e));
  }
}

/** Restores an earlier version and opens it. */
export async function restoreVersion(id: string, versionId: string): Promise<void> {
  try {
    const restored = await unwrap(api().drafts.restoreVersion({ id, versionId }));
    draftStore.load(restored);
    notices.show('Den tidigare versionen är återställd.');
  } catch (e) {
    notices.error(errorText(e));
  }
}
