import { draftStore } from '../core/state/draftStore';
import { deferCommand, useCommand } from '../core/commands';
import { focusSection } from './focusSection';

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

/** The editor's commands: items and sections. */
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
  // The items workspace adds the item itself while it is shown (its handler is newer); from
  // another section this shows the items first and leaves the command to the workspace.
  useCommand('new-item', () => {
    nav.setSection('items');
    deferCommand('new-item');
  });
  useCommand('next-item', () => step(1));
  useCommand('previous-item', () => step(-1));
  useCommand('go-meeting', () => go('meeting'));
  useCommand('go-attendance', () => go('attendance'));
  useCommand('go-items', () => go('items'));
  useCommand('go-signatures', () => go('signatures'));
}
