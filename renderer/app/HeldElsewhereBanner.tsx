import { useState } from 'react';
import { heldByText } from '../core/draft/editHold';
import { takeOverDraft } from '../core/draft/draftActions';
import { useDraft } from '../core/state/draftStore';
import { useReadOnly } from '../core/widgets/readOnly';
import { StatusDialog } from '../core/widgets/StatusDialog';

/**
 * Shown when another secretary has the draft open: who, where and since when; the draft is
 * read-only here until "Ta över…" is confirmed.
 */
export function HeldElsewhereBanner() {
  const { heldBy } = useReadOnly();
  const id = useDraft((d) => d.id);
  const [asking, setAsking] = useState(false);
  if (!heldBy || !id) return null;
  return (
    <div className="adjusted-banner" role="status" data-testid="held-elsewhere-banner">
      <p>
        <strong>{heldByText(heldBy)}.</strong> Du ser protokollet skrivskyddat; dina ändringar
        sparas inte.
      </p>
      <div className="actions">
        <button type="button" onClick={() => setAsking(true)}>
          Ta över…
        </button>
      </div>
      {asking && (
        <StatusDialog
          heading="Ta över protokollet"
          confirmLabel="Ta över"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void takeOverDraft(id);
          }}
        >
          <p>
            {heldByText(heldBy)}. Om du tar över kan {heldBy.user} inte längre spara över dina
            ändringar: det som {heldBy.user} sparar efter detta blir en kopia. Ta bara över när du
            vet att {heldBy.user} inte arbetar i protokollet, till exempel efter en krasch.
          </p>
        </StatusDialog>
      )}
    </div>
  );
}
