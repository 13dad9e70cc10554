import { useMemo } from 'react';
import { numberItems } from '../../shared/protocol/numbering';
import { useDraft } from '../state/draftStore';

/** Every item's printed number ("§ 46", "§ 17 a"), derived from the order, keyed by item id. */
export function useItemLabels(): ReadonlyMap<string, string> {
  const items = useDraft((d) => d.items);
  const numbering = useDraft((d) => d.meeting.numbering);
  const sign = useDraft((d) => d.labels.paragraphSign);
  // Derived from ids and letters only, so typing (a new item object, same order) keeps the map.
  const orderKey = items?.map((i) => `${i.id}${i.inserted ? '+' : ''}`).join(' ') ?? '';
  return useMemo(() => {
    if (!items || !numbering) return new Map();
    return new Map(numberItems(items, numbering, sign).map((n) => [n.id, n.label]));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- orderKey stands for items' order
  }, [orderKey, numbering, sign]);
}
