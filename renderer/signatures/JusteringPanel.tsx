import { useState } from 'react';
import { StatusDialog } from '../core/widgets/StatusDialog';
import { updateDraft, useDraft } from '../core/state/draftStore';

/**
 * "Markera som justerat…" for a draft: asks first, as a justerat protokoll opens read-only and
 * every later change is printed as a rättelse. Needs the adjustment date.
 */
export function JusteringPanel() {
  const status = useDraft((d) => d.status);
  const date = useDraft((d) => d.signatures.adjustmentDate) ?? '';
  const [asking, setAsking] = useState(false);
  // A kallelse becomes the protokoll first (KallelseBanner); then it can be justerat.
  if (status !== 'utkast') return null;

  return (
    <div className="justering-panel">
      <button type="button" disabled={date === ''} onClick={() => setAsking(true)}>
        Markera som justerat…
      </button>
      {date === '' && <p className="hint">Fyll i justeringsdatum först.</p>}
      {asking && (
        <StatusDialog
          heading="Markera som justerat"
          confirmLabel="Markera som justerat"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            updateDraft((d) => ({ ...d, status: 'justerat' }));
            setAsking(false);
          }}
        >
          <p>
            Protokollet markeras som justerat {date}. Därefter kan texten inte längre ändras direkt:
            varje ändring görs som en rättelse, som skrivs ut med datum under rubriken Rättelser i
            protokollet.
          </p>
        </StatusDialog>
      )}
    </div>
  );
}
