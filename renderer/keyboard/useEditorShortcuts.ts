import { emitAppCommand } from '../app/commandBus';
import { draftStore } from '../state/draftStore';
import { sendKeyboardCommand } from './keyboardCommandBus';
import { focusSection } from './focusSection';
import { useGlobalShortcuts } from './useGlobalShortcuts';

export type EditorSectionId = 'meeting' | 'attendance' | 'items' | 'signatures';

/** What the editor screen lets the shortcuts change: the shown section and the active item. */
export interface EditorNavigation {
  section: EditorSectionId;
  setSection(section: EditorSectionId): void;
  activeItemId: string | undefined;
  setActiveItemId(id: string): void;
}

function neighbourItem(activeId: string | undefined, step: 1 | -1): string | undefined {
  const items = draftStore.get()?.items ?? [];
  if (items.length === 0) return undefined;
  const index = items.findIndex((i) => i.id === activeId);
  if (index < 0) return (step === 1 ? items[0] : items[items.length - 1])?.id;
  return items[Math.max(0, Math.min(items.length - 1, index + step))]?.id;
}

/** The editor's shortcuts: items, sections, export and preview. */
export function useEditorShortcuts(nav: EditorNavigation): void {
  const go = (section: EditorSectionId) => {
    nav.setSection(section);
    focusSection(section);
  };
  const step = (delta: 1 | -1) => {
    const id = neighbourItem(nav.activeItemId, delta);
    if (!id) return;
    nav.setSection('items');
    nav.setActiveItemId(id);
  };
  useGlobalShortcuts({
    'new-item': () => {
      nav.setSection('items');
      sendKeyboardCommand('new-item');
    },
    'next-item': () => step(1),
    'previous-item': () => step(-1),
    'go-meeting': () => go('meeting'),
    'go-attendance': () => go('attendance'),
    'go-items': () => go('items'),
    'go-signatures': () => go('signatures'),
    'export-pdf': () => emitAppCommand('export-pdf'),
    preview: () => emitAppCommand('preview'),
  });
}
