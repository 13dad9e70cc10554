import { useCallback } from 'react';
import type { Item } from '../../shared/protocol/item';
import { updateDraft } from '../core/state/draftStore';
import { updateItem } from './itemOperations';

/** A stable function that applies a recipe to one item of the open draft. */
export function useItemUpdate(itemId: string): (recipe: (item: Item) => Item) => void {
  return useCallback(
    (recipe: (item: Item) => Item) => updateDraft((d) => updateItem(d, itemId, recipe)),
    [itemId],
  );
}
