import { openExtractDialog } from '../extracts/extractDialogState';

/**
 * "Exportera utdrag…" under an item. Outside the item's read-only fieldset: an utdrag is made
 * from a justerat protokoll, when the item itself can no longer be edited.
 */
export function ItemExtractButton({ itemId, label }: { itemId: string; label: string }) {
  return (
    <div className="item-export">
      <button
        type="button"
        aria-label={`Exportera utdrag av ${label}…`}
        onClick={() => openExtractDialog([itemId])}
      >
        Exportera utdrag…
      </button>
    </div>
  );
}
