import { useId, useState } from 'react';
import { numberItems } from '../../shared/protocol/numbering';
import { settingsClient } from '../settings/settingsClient';
import { draftStore, updateDraft } from '../core/state/draftStore';
import { unlockForCorrection } from '../core/widgets/readOnly';
import { StatusDialog } from '../core/widgets/StatusDialog';
import { todayIso } from '../core/draft/today';
import { navigateToWarning } from '../validation';

const WHOLE = '';

/** The author of a correction: the name in Inställningar, or empty when it cannot be read. */
async function authorName(): Promise<string> {
  try {
    return (await settingsClient.load()).authorName;
  } catch {
    return '';
  }
}

/**
 * Records a rättelse (today, what it concerns, what changes, who) and then opens the chosen
 * item, or the whole protokoll, for editing.
 */
export async function recordCorrection(itemId: string | undefined, text: string): Promise<void> {
  const by = await authorName();
  const date = todayIso();
  updateDraft((d) => ({
    ...d,
    corrections: [...d.corrections, { date, text, by, ...(itemId ? { itemId } : {}) }],
  }));
  unlockForCorrection(itemId);
  // The corrected item is where the secretary goes on writing.
  if (itemId) navigateToWarning({ kind: 'item', id: itemId, field: 'title' });
}

/** "Gör rättelse…": choose the item (or the whole protokoll) and describe what is changed. */
export function CorrectionDialog({ onClose }: { onClose(): void }) {
  const id = useId();
  const [target, setTarget] = useState(WHOLE);
  const [text, setText] = useState('');
  // The items as they are when the dialog opens; the draft cannot change while it is open.
  const [choices] = useState(() => {
    const d = draftStore.get();
    if (!d) return [];
    const numbers = numberItems(d.items, d.meeting.numbering, d.labels.paragraphSign);
    return d.items.map((item, i) => ({
      id: item.id,
      label: [numbers[i]?.label, item.title || 'Namnlöst ärende'].filter(Boolean).join(' '),
    }));
  });

  return (
    <StatusDialog
      heading="Gör rättelse"
      confirmLabel="Gör rättelse"
      canConfirm={text.trim() !== ''}
      onCancel={onClose}
      onConfirm={() => {
        void recordCorrection(target || undefined, text.trim());
        onClose();
      }}
    >
      <p>
        Rättelsen skrivs ut under rubriken Rättelser i slutet av protokollet, med dagens datum. Det
        valda ärendet öppnas sedan för ändring.
      </p>
      <div className="field">
        <label htmlFor={`${id}-target`}>Vad rättas?</label>
        <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value={WHOLE}>Hela protokollet</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Beskriv vad som ändras</label>
        <textarea
          id={`${id}-text`}
          value={text}
          maxLength={5000}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
    </StatusDialog>
  );
}
