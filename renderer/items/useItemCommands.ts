import { useCallback, useMemo } from 'react';
import { numberItems } from '../../shared/protocol/numbering';
import type { Protocol } from '../../shared/protocol/protocol';
import type { Template } from '../../shared/template/templateSchema';
import { structureLocked } from '../core/widgets/readOnly';
import { announceUndoable } from '../core/draft/useStructureUndo';
import { draftStore } from '../core/state/draftStore';
import { structuralEdit } from '../core/state/structureHistory';
import {
  deleteItem,
  insertItemAfter,
  moveItemBy,
  moveItemTo,
  newBlankItem,
  newStandardItem,
} from './itemOperations';

/** Where a new item goes when none is active: before the template's closing items. */
function defaultInsertAfter(draft: Protocol, template: Template | undefined): string | undefined {
  const closing = (template?.items ?? [])
    .filter((t) => t.position === 'closing')
    .map((t) => `item-${t.key}`);
  const firstClosing = draft.items.findIndex((i) =>
    closing.some((c) => i.id === c || i.id.startsWith(`${c}-`)),
  );
  if (firstClosing < 0) return draft.items.at(-1)?.id;
  return draft.items[firstClosing - 1]?.id ?? '';
}

function labelOf(id: string): string {
  const d = draftStore.get();
  if (!d) return '';
  return (
    numberItems(d.items, d.meeting.numbering, d.labels.paragraphSign).find((n) => n.id === id)
      ?.label ?? ''
  );
}

/** The item list edits the workspace offers; each returns what to announce or go to. */
export function useItemCommands(template: Template | undefined, activeId: string | undefined) {
  // A justerat protokoll keeps its items and their order; changes go through a rättelse.
  const moveBy = useCallback((id: string, delta: -1 | 1): string => {
    if (structureLocked()) return '';
    structuralEdit('Ärendet flyttades', (d) => {
      const items = moveItemBy(d.items, id, delta);
      return items === d.items ? d : { ...d, items };
    });
    return labelOf(id);
  }, []);

  const moveTo = useCallback((id: string, index: number): string => {
    if (structureLocked()) return '';
    structuralEdit('Ärendet flyttades', (d) => {
      const items = moveItemTo(d.items, id, index);
      return items === d.items ? d : { ...d, items };
    });
    return labelOf(id);
  }, []);

  const remove = useCallback((id: string): string | undefined => {
    if (structureLocked()) return undefined;
    const d = draftStore.get();
    const index = d?.items.findIndex((i) => i.id === id) ?? -1;
    const neighbour = d?.items[index + 1]?.id ?? d?.items[index - 1]?.id;
    if (structuralEdit('Ärendet togs bort', (draft) => deleteItem(draft, id))) {
      announceUndoable('Ärendet togs bort');
    }
    return neighbour;
  }, []);

  const insert = useCallback(
    (make: (organ: string) => ReturnType<typeof newBlankItem>): string => {
      let newId = '';
      if (structureLocked()) return newId;
      structuralEdit('Ärendet lades till', (d) => {
        const made = make(d.meeting.body);
        // After the kallelse was sent, a new item was added at the meeting: "§ 17 a".
        const item = d.sentAgenda ? { ...made, inserted: true } : made;
        newId = item.id;
        const after =
          activeId && d.items.some((i) => i.id === activeId)
            ? activeId
            : defaultInsertAfter(d, template);
        // An empty string means "at the very start" (the first item is a closing item).
        const items = after === '' ? [item, ...d.items] : insertItemAfter(d.items, item, after);
        return { ...d, items };
      });
      return newId;
    },
    [activeId, template],
  );

  const addBlank = useCallback(
    () => insert((organ) => newBlankItem(template, organ)),
    [insert, template],
  );

  const addStandard = useCallback(
    (key: string) => {
      const t = template?.items.find((x) => x.key === key);
      return t ? insert((organ) => newStandardItem(t, organ)) : '';
    },
    [insert, template],
  );

  return useMemo(
    () => ({ moveBy, moveTo, remove, addBlank, addStandard }),
    [moveBy, moveTo, remove, addBlank, addStandard],
  );
}
