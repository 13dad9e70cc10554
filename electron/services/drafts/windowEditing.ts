import type { EditHolder } from '../../../shared/ipc/contract';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import type { EditLocks } from './editLock';

/** A loaded draft with who else is editing it, when someone is. */
export const withHolder = <T extends object>(result: T, heldBy: EditHolder | null): T =>
  heldBy ? { ...result, heldBy } : result;

/** What another secretary's edit lock stops, in both languages. */
interface HeldAction {
  en: string;
  sv: string;
}
export const RESTORE: HeldAction = { en: 'restore a version of', sv: 'återställa en version' };
export const TRASH: HeldAction = {
  en: 'move to the trash',
  sv: 'lägga protokollet i papperskorgen',
};

function heldElsewhereError(id: string, holder: EditHolder, action: HeldAction) {
  return new ParagrafError(
    'draft-held-elsewhere',
    `cannot ${action.en} draft "${id}": ${holder.user} on ${holder.host} is editing it`,
    `${holder.user} på ${holder.host} redigerar protokollet just nu. Du kan ${action.sv} när protokollet har stängts där.`,
  );
}

/**
 * The window edits one draft at a time: opening one takes its edit lock and releases the one
 * opened before. Without edit locks (tests of other parts) nothing is locked. A lock that cannot
 * be taken because the folder is unreachable does not stop opening or saving: the save then
 * reports the folder itself.
 */
export function openForEditing(locks: EditLocks | undefined, log: (m: string) => void) {
  let open: string | null = null;
  const quiet =
    <T>(what: string, fallback: T) =>
    (error: unknown) => {
      log(`edit lock: could not ${what}: ${String(error)}`);
      return fallback;
    };
  return {
    async open(id: string): Promise<EditHolder | null> {
      if (!locks) return null;
      if (open && open !== id) await locks.release(open);
      open = id;
      return locks.open(id).catch(quiet('take it', null));
    },
    async takeOver(id: string): Promise<void> {
      if (!locks) return;
      if (open && open !== id) await locks.release(open);
      open = id;
      await locks.takeOver(id);
    },
    async release(id: string): Promise<void> {
      if (open === id) open = null;
      await locks?.release(id);
    },
    /** Stops an action that would replace or remove a draft someone else is editing. */
    async refuseIfHeldElsewhere(id: string, action: HeldAction): Promise<void> {
      if (!locks) return;
      const holder = await locks.heldElsewhere(id).catch(quiet('read it', null));
      if (holder) throw heldElsewhereError(id, holder, action);
    },
    async heldElsewhere(id: string): Promise<EditHolder | null> {
      if (!locks) return null;
      // Read on every save: a take-over elsewhere must stop this window's next save at once.
      const holder = await locks.heldElsewhere(id).catch(quiet('read it', null));
      if (!holder && !locks.holds(id)) await this.open(id);
      return holder;
    },
  };
}
