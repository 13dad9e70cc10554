import { useLibrary } from './useLibrary';
import './archiveSearch.css';
import { ArchiveSearch } from './ArchiveSearch';
import { DecisionRegister } from './DecisionRegister';
import { DraftList } from './DraftList';
import { NewProtocolForm } from './NewProtocolForm';
import { TrashList } from './TrashList';
import { importFile } from '../core/draft/draftActions';
import { RecentFiles } from '../settings/RecentFiles';
import { RegisterList } from '../register/RegisterList';

/** The first screen: new protokoll, the archive search, the drafts, the Beslutsregister, the trash. */
export function StartScreen({
  newRequested,
  searchRequested,
}: {
  newRequested: number;
  searchRequested: number;
}) {
  const library = useLibrary();
  const bodies = [...new Set(library.drafts.map((d) => d.body).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );
  const years = [...new Set(library.drafts.map((d) => d.date.slice(0, 4)).filter(Boolean))]
    .sort()
    .reverse();
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
          <RegisterList />
        </div>
        <div className="start-main">
          {library.error && (
            <p className="error" role="alert">
              {library.error}
            </p>
          )}
          <ArchiveSearch focusSignal={searchRequested} />
          <RecentFiles />
          <DraftList drafts={library.drafts} loading={library.loading} onChanged={library.reload} />
          <DecisionRegister bodies={bodies} years={years} />
          <TrashList trash={library.trash} onChanged={library.reload} />
        </div>
      </div>
    </main>
  );
}
