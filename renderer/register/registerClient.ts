import type { Register } from '../../shared/register/registerSchema';
import { attendanceFromRegister } from '../../shared/register/registerAttendance';
import { isEditableStatus } from '../../shared/protocol/protocol';
import { api, unwrap } from '../core/ipc/paragraf';
import { draftStore, updateDraft } from '../core/state/draftStore';

type Listener = () => void;
const changed = new Set<Listener>();

/** The register calls of the preload API; a save tells every open view to reload. */
export const registerClient = {
  list: () => unwrap(api().registers.list()),
  load: (body: string) => unwrap(api().registers.load(body)),
  async save(register: Register) {
    const receipt = await unwrap(api().registers.save(register));
    changed.forEach((l) => l());
    return receipt;
  },
  async importFile(body: string) {
    const receipt = await unwrap(api().registers.importFile({ body }));
    if (receipt) changed.forEach((l) => l());
    return receipt;
  },
  versions: (body: string) => unwrap(api().registers.versions(body)),
  async restoreVersion(body: string, versionId: string) {
    const register = await unwrap(api().registers.restoreVersion({ body, versionId }));
    changed.forEach((l) => l());
    return register;
  },
  exportFile: (body: string) => unwrap(api().registers.exportFile(body)),
  fromHistory: (body: string) => unwrap(api().registers.fromHistory(body)),
  /** Called after any register was saved; returns an unsubscribe function. */
  onChanged(listener: Listener): () => void {
    changed.add(listener);
    return () => changed.delete(listener);
  },
};

/**
 * A new protokoll of a body with a register starts with every ledamot in term as beslutande.
 * Returns whether anything was filled in; a register that cannot be read leaves it empty.
 */
export async function fillAttendanceFromRegister(): Promise<boolean> {
  const draft = draftStore.get();
  const body = draft?.meeting.body.trim();
  if (!draft || !body || !isEditableStatus(draft.status)) return false;
  const register = await registerClient.load(body).catch(() => null);
  if (!register || register.people.length === 0) return false;
  updateDraft((d) => attendanceFromRegister(d, register));
  return true;
}
