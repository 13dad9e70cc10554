import { useCallback, useEffect, useState } from 'react';
import { useDraft } from '../core/state/draftStore';
import { ExtractDialog } from '../extracts/ExtractDialog';
import { EditorScreen } from './EditorScreen';
import { StartScreen } from '../start/StartScreen';
import { TopBar } from './TopBar';
import { useAppCommands } from './useAppCommands';
import { recoverJournal } from '../core/draft/recoverJournal';
import { Notice, useNotice } from '../core/widgets/Notice';
import { PreviewHost } from '../preview/PreviewHost';
import { ShortcutsHost } from '../keyboard/ShortcutsHost';
import { SettingsHost } from '../settings/SettingsHost';
import { RegisterHost } from '../register/RegisterHost';
import { FileDropZone } from './FileDropZone';
import { ImportReportDialog } from '../wordImport/ImportReportDialog';
import { AboutDialog } from './AboutDialog';

/** Start screen when no draft is open, the editor otherwise. */
export function App() {
  const draftId = useDraft((d) => d.id);
  const notice = useNotice();
  const [newRequested, setNewRequested] = useState(0);
  const onNew = useCallback(() => setNewRequested((n) => n + 1), []);
  const [searchRequested, setSearchRequested] = useState(0);
  const onSearch = useCallback(() => setSearchRequested((n) => n + 1), []);
  const [aboutReturnFocus, setAboutReturnFocus] = useState<HTMLElement | null | undefined>();
  const onAbout = useCallback(() => {
    const active = document.activeElement;
    setAboutReturnFocus(active instanceof HTMLElement ? active : null);
  }, []);
  useAppCommands({ onNew, onAbout, onSearch });
  // Opening or closing a draft changes the screen: what the last one said is gone with it.
  useEffect(() => notice.clearFromEarlierScreen(), [draftId, notice]);

  useEffect(() => {
    void recoverJournal().then((message) => message && notice.show(message));
    // Once at start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="app">
      <TopBar />
      <Notice />
      {draftId && <ExtractDialog />}
      {draftId ? (
        <EditorScreen key={draftId} />
      ) : (
        <StartScreen newRequested={newRequested} searchRequested={searchRequested} />
      )}
      <PreviewHost />
      <ShortcutsHost />
      <SettingsHost />
      <RegisterHost />
      <FileDropZone />
      <ImportReportDialog />
      {aboutReturnFocus !== undefined && (
        <AboutDialog
          onClose={() => {
            setAboutReturnFocus(undefined);
            aboutReturnFocus?.focus();
          }}
        />
      )}
    </div>
  );
}
