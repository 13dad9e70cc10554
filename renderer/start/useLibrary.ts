import { useCallback, useEffect, useState } from 'react';
import type { DraftSummary, TemplateSummary } from '../../shared/ipc/contract';
import { api, errorText, unwrap } from '../core/ipc/paragraf';
import { libraryChanged } from '../core/state/libraryChanged';

export interface Library {
  drafts: DraftSummary[];
  trash: DraftSummary[];
  templates: TemplateSummary[];
  loading: boolean;
  error: string;
  reload(): void;
}

/** The draft list, the trash and the templates, fetched from main. */
export function useLibrary(): Library {
  const [state, setState] = useState<Omit<Library, 'reload'>>({
    drafts: [],
    trash: [],
    templates: [],
    loading: true,
    error: '',
  });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [drafts, trash, templates] = await Promise.all([
          unwrap(api().drafts.list()),
          unwrap(api().drafts.listTrash()),
          unwrap(api().templates.list()),
        ]);
        if (live) setState({ drafts, trash, templates, loading: false, error: '' });
      } catch (e) {
        if (live) setState((s) => ({ ...s, loading: false, error: errorText(e) }));
      }
    })();
    return () => {
      live = false;
    };
  }, [generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => libraryChanged.subscribe(reload), [reload]);
  return { ...state, reload };
}
