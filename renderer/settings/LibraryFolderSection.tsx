import { useEffect, useId, useState } from 'react';
import type { LibraryFolderChoice, LibraryInfo } from '../../shared/ipc/contract';
import { closeDraft } from '../core/draft/draftActions';
import { api, errorText, unwrap } from '../core/ipc/paragraf';
import { draftStore } from '../core/state/draftStore';
import { libraryChanged } from '../core/state/libraryChanged';

type Mode = 'move' | 'use-existing' | 'use-default';

/**
 * Where the drafts library is: local (the default) or a shared folder chosen here. Moving
 * copies and checks every file before Paragraf switches; the old library is kept.
 */
export function LibraryFolderSection() {
  const id = useId();
  const [info, setInfo] = useState<LibraryInfo | null>(null);
  const [choice, setChoice] = useState<LibraryFolderChoice | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void unwrap(api().library.get()).then(setInfo, (e: unknown) => setError(errorText(e)));
  }, []);

  const choose = async () => {
    setError('');
    setMessage('');
    try {
      setChoice(await unwrap(api().library.chooseFolder()));
    } catch (e) {
      setError(errorText(e));
    }
  };

  const relocate = async (mode: Mode) => {
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      // The open protokoll is saved and closed first: it belongs to the library being left.
      if (draftStore.get()) await closeDraft();
      if (draftStore.get()) return;
      const change = await unwrap(api().library.relocate({ mode }));
      setInfo(change.library);
      setChoice(null);
      setMessage(change.sv);
      libraryChanged.emit();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="settings-library" aria-describedby={`${id}-where`}>
      <legend>Bibliotek för protokoll</legend>
      <p id={`${id}-where`} data-testid="library-folder">
        {info ? `${info.folder}${info.isDefault ? ' (lokalt på den här datorn)' : ''}` : '…'}
      </p>
      <p className="hint">
        Välj en gemensam mapp (nätverksmapp eller synkad mapp) för att dela protokollen med andra
        sekreterare. Paragraf låser ett protokoll medan det är öppet.
      </p>
      <div className="settings-folder-row">
        <button type="button" onClick={() => void choose()} disabled={busy}>
          Välj mapp för biblioteket…
        </button>
        {info && !info.isDefault && (
          <button type="button" onClick={() => void relocate('use-default')} disabled={busy}>
            Använd det lokala biblioteket
          </button>
        )}
      </div>
      {choice && (
        <div className="settings-library-choice">
          <p>
            {choice.folder}:{' '}
            {choice.hasLibrary
              ? `innehåller redan ett bibliotek med ${choice.draftCount} utkast.`
              : 'inget bibliotek ännu.'}
          </p>
          {choice.hasLibrary ? (
            <button type="button" onClick={() => void relocate('use-existing')} disabled={busy}>
              Använd biblioteket som redan finns där
            </button>
          ) : (
            <button type="button" onClick={() => void relocate('move')} disabled={busy}>
              Flytta biblioteket hit
            </button>
          )}
        </div>
      )}
      {busy && <p role="status">Flyttar och kontrollerar biblioteket…</p>}
      {message && (
        <p role="status" data-testid="library-message">
          {message}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
