import { useState } from 'react';
import { protocolFromKallelse } from '../../shared/protocol/kallelse';
import { updateDraft, useDraft } from '../core/state/draftStore';
import { StatusDialog } from '../core/widgets/StatusDialog';

/**
 * While the file is a kallelse: says so, and "Gör protokoll av kallelsen" turns it into the
 * protokoll draft, keeping the agenda as sent.
 */
export function KallelseBanner() {
  const status = useDraft((d) => d.status);
  const [asking, setAsking] = useState(false);
  if (status !== 'kallelse') return null;
  return (
    <div className="adjusted-banner kallelse-banner" role="status">
      <p>
        Det här är en <strong>kallelse</strong>. Exportera den under Arkiv; efter sammanträdet blir
        samma fil protokollet.
      </p>
      <button type="button" onClick={() => setAsking(true)}>
        Gör protokoll av kallelsen
      </button>
      {asking && (
        <StatusDialog
          heading="Gör protokoll av kallelsen"
          confirmLabel="Gör protokoll"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            updateDraft((d) => protocolFromKallelse(d, new Date()));
            setAsking(false);
          }}
        >
          <p>
            Kallelsen blir ett protokollsutkast. Dagordningen som den skickades ut sparas och skrivs
            ut som Utsänd dagordning i protokollet; ärenden som läggs till på sammanträdet märks och
            numreras med bokstav (t.ex. § 17 a).
          </p>
        </StatusDialog>
      )}
    </div>
  );
}
