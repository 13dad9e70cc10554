import { useMemo } from 'react';
import type { Item } from '../../shared/protocol/item';
import { numberItems } from '../../shared/protocol/numbering';
import { useDraft } from '../core/state/draftStore';
import type { OrderEntry } from './itemIndex';

/** Every item's printed number ("§ 46", "§ 17 a"), derived from the order, keyed by item id. */
export function useItemLabels(order: readonly OrderEntry[]): ReadonlyMap<string, string> {
  const numbering = useDraft((d) => d.meeting.numbering);
  const sign = useDraft((d) => d.labels.paragraphSign);
  return useMemo(() => {
    if (!numbering) return new Map();
    // Numbering reads only the id and the inserted flag.
    const numbered = numberItems(
      order as readonly Pick<Item, 'id' | 'inserted'>[] as Item[],
      numbering,
      sign,
    );
    return new Map(numbered.map((n) => [n.id, n.label]));
  }, [order, numbering, sign]);
}
