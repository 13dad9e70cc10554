import { useState } from 'react';
import type { DraftVersion } from '../../shared/ipc/contract';
import type { Register } from '../../shared/register/registerSchema';
import { errorText } from '../core/ipc/paragraf';
import { registerClient } from './registerClient';

interface Props {
  body: string;
  /** Called with the register made current again. */
  onRestored(register: Register): void;
  onError(message: string): void;
  /** Runs the restore, after asking first when the register has unsaved edits. */
  guard(action: () => void): void;
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });

/** The register's earlier versions (kept at every save and import), each restorable. */
export function RegisterVersions({ body, onRestored, onError, guard }: Props) {
  const [versions, setVersions] = useState<DraftVersion[] | null>(null);
  const load = () =>
    registerClient.versions(body).then(setVersions, (e: unknown) => onError(errorText(e)));
  const restore = async (versionId: string) => {
    try {
      onRestored(await registerClient.restoreVersion(body, versionId));
      await load();
    } catch (e) {
      onError(errorText(e));
    }
  };
  return (
    <details onToggle={(e) => e.currentTarget.open && void load()}>
      <summary>Tidigare versioner</summary>
      {versions === null ? null : versions.length === 0 ? (
        <p className="hint">Inga tidigare versioner ännu.</p>
      ) : (
        <ul>
          {versions.map((v) => (
            <li key={v.versionId}>
              Sparad {when(v.savedAt)}{' '}
              <button type="button" onClick={() => guard(() => void restore(v.versionId))}>
                Återställ versionen från {when(v.savedAt)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
