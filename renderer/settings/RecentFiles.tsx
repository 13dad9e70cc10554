import { useEffect, useState } from 'react';
import { importDroppedFiles } from '../core/draft/draftActions';
import { recentFileParts } from './recentFileParts';
import { settingsClient } from './settingsClient';
import './settings.css';

/** The recent files from the settings; empty until loaded or when the fetch fails. */
function useRecentFiles(): string[] {
  const [files, setFiles] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    settingsClient
      .load()
      .then((s) => live && setFiles(s.recentFiles))
      // The list is a convenience: without it the start screen still works.
      .catch(() => undefined);
    const off = settingsClient.subscribe((s) => setFiles(s.recentFiles));
    return () => {
      live = false;
      off();
    };
  }, []);
  return files;
}

/**
 * "Senast öppnade filer" on the start screen: each opens through the same import as a dropped
 * file, so a file opened before finds its draft again. Hidden while there are none.
 */
export function RecentFiles() {
  const files = useRecentFiles();
  if (files.length === 0) return null;
  return (
    <section className="panel recent-files" aria-labelledby="recent-files-heading">
      <h2 id="recent-files-heading">Senast öppnade filer</h2>
      <ul>
        {files.map((path) => {
          const { name, folder } = recentFileParts(path);
          return (
            <li key={path}>
              <button
                type="button"
                className="link-button"
                title={path}
                onClick={() => void importDroppedFiles([path])}
              >
                {name}
              </button>
              {folder && <span className="recent-file-folder">{folder}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
