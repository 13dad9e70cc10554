import { useState } from 'react';
import { updateDraft, useDraft } from '../core/state/draftStore';
import { CorrectionDialog } from './CorrectionDialog';
import { useReadOnly } from '../core/widgets/readOnly';
import { StatusDialog } from '../core/widgets/StatusDialog';

/**
 * Shown above every section of a justerat or publicerat protokoll: what that means, "Gör
 * rättelse…" and, once justerat, "Markera som publicerat".
 */
export function AdjustedBanner() {
  const { adjusted, locked } = useReadOnly();
  const status = useDraft((d) => d.status);
  const date = useDraft((d) => d.signatures.adjustmentDate) ?? '';
  const corrections = useDraft((d) => d.corrections.length) ?? 0;
  const [dialog, setDialog] = useState<'correction' | 'publish' | null>(null);
  if (!adjusted) return null;

  const when = date ? ` ${date}` : '';
  const state = status === 'publicerat' ? `publicerat (justerat${when})` : `justerat${when}`;
  return (
    <div className="adjusted-banner" role="status" data-testid="adjusted-banner">
      <p>
        <strong>Protokollet är {state}.</strong> Ändringar görs som rättelse.
        {!locked && ' Hela protokollet är öppet för rättelse.'}
        {corrections > 0 && ` Rättelser: ${corrections}.`}
      </p>
      <div className="actions">
        <button type="button" onClick={() => setDialog('correction')}>
          Gör rättelse…
        </button>
        {status === 'justerat' && (
          <button type="button" onClick={() => setDialog('publish')}>
            Markera som publicerat…
          </button>
        )}
      </div>
      {dialog === 'correction' && <CorrectionDialog onClose={() => setDialog(null)} />}
      {dialog === 'publish' && (
        <StatusDialog
          heading="Markera som publicerat"
          confirmLabel="Markera som publicerat"
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            updateDraft((d) => ({ ...d, status: 'publicerat' }));
            setDialog(null);
          }}
        >
          <p>
            Markera protokollet som publicerat, till exempel när det har anslagits eller lagts ut.
          </p>
        </StatusDialog>
      )}
    </div>
  );
}
