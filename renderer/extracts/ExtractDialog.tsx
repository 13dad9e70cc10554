import { useMemo, useState } from 'react';
import type { OutputFormat } from '../../shared/outputs';
import { extractRecipients } from '../../shared/outputs/extractRecipients';
import type { Item } from '../../shared/protocol/item';
import { numberItems } from '../../shared/protocol/numbering';
import { useDraft } from '../core/state/draftStore';
import { StatusDialog } from '../core/widgets/StatusDialog';
import { exportExtract, exportExtractsByRecipient } from './extractActions';
import { closeExtractDialog, useExtractDialog } from './extractDialogState';

/**
 * "Protokollsutdrag": choose the § to extract and the format; or, for expediering, one utdrag
 * per recipient named under the items' "Expedieras till".
 */
export function ExtractDialog() {
  const state = useExtractDialog();
  if (!state.open) return null;
  return <ExtractChooser key={state.itemIds.join(',')} initial={state.itemIds} />;
}

const NO_ITEMS: Item[] = [];

function ExtractChooser({ initial }: { initial: readonly string[] }) {
  const items = useDraft((d) => d.items) ?? NO_ITEMS;
  const numbering = useDraft((d) => d.meeting.numbering);
  const sign = useDraft((d) => d.labels.paragraphSign);
  const draft = useDraft((d) => d);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(initial));
  const [format, setFormat] = useState<OutputFormat>('pdf');
  const numbers = useMemo(
    () => (numbering ? numberItems(items, numbering, sign) : []),
    [items, numbering, sign],
  );
  const recipients = draft ? extractRecipients(draft).length : 0;
  const toggle = (id: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <StatusDialog
      heading="Protokollsutdrag"
      confirmLabel="Exportera utdrag…"
      canConfirm={chosen.size > 0}
      onCancel={closeExtractDialog}
      onConfirm={() => {
        closeExtractDialog();
        void exportExtract(
          items.filter((i) => chosen.has(i.id)).map((i) => i.id),
          format,
        );
      }}
    >
      <fieldset className="extract-items">
        <legend>Paragrafer i utdraget</legend>
        {items.map((item, i) => (
          <label key={item.id}>
            <input type="checkbox" checked={chosen.has(item.id)} onChange={() => toggle(item.id)} />{' '}
            {numbers[i]?.label} {item.title || 'Ärende utan rubrik'}
          </label>
        ))}
      </fieldset>
      <fieldset className="extract-format">
        <legend>Format</legend>
        {(['pdf', 'docx'] as const).map((f) => (
          <label key={f}>
            <input
              type="radio"
              name="extract-format"
              checked={format === f}
              onChange={() => setFormat(f)}
            />{' '}
            {f === 'pdf' ? 'PDF' : 'Word'}
          </label>
        ))}
      </fieldset>
      <p>
        <button
          type="button"
          disabled={recipients === 0}
          onClick={() => {
            closeExtractDialog();
            void exportExtractsByRecipient(format);
          }}
        >
          Ett utdrag per mottagare…
        </button>{' '}
        <span className="hint">
          {recipients === 0
            ? 'Inga mottagare under Expedieras till.'
            : `${recipients} mottagare under Expedieras till; välj en mapp.`}
        </span>
      </p>
    </StatusDialog>
  );
}
