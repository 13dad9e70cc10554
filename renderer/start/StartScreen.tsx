import { useLibrary } from './useLibrary';
import { DraftList } from './DraftList';
import { NewProtocolForm } from './NewProtocolForm';
import { TrashList } from './TrashList';
import { importFile } from '../core/draft/draftActions';
import { RecentFiles } from '../settings/RecentFiles';

/** The first screen: new protokoll, the drafts in the library, the trash. */
export function StartScreen({ newRequested }: { newRequested: number }) {
  const library = useLibrary();
  return (
    <main className="start" aria-labelledby="start-heading">
      <h1 id="start-heading" className="visually-hidden">
        Start
      </h1>
      <div className="start-columns">
        <div className="start-side">
          <NewProtocolForm
            templates={library.templates}
            drafts={library.drafts}
            focusSignal={newRequested}
          />
          <section className="panel" aria-labelledby="open-file-heading">
            <h2 id="open-file-heading">Öppna en fil</h2>
            <p className="hint">
              Ett protokoll som sparats som .protokoll-fil, t.ex. från en kollega. Du kan också dra
              filen till fönstret.
            </p>
            <button type="button" onClick={() => void importFile()}>
              Öppna fil…
            </button>
          </section>
        </div>
        <div className="start-main">
          {library.error && (
            <p className="error" role="alert">
              {library.error}
            </p>
          )}
          <RecentFiles />
          <DraftList drafts={library.drafts} loading={library.loading} onChanged={library.reload} />
          <TrashList trash={library.trash} onChanged={library.reload} />
        </div>
      </div>
    </main>
  );
}
