import type { MenuItemConstructorOptions } from 'electron';

/** What the context menu needs from Electron's 'context-menu' event parameters. */
export interface ContextMenuParams {
  isEditable: boolean;
  misspelledWord: string;
  dictionarySuggestions: readonly string[];
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/** At most this many suggestions, best first, as word processors show them. */
const MAX_SUGGESTIONS = 6;

/**
 * The right-click menu: spelling suggestions for a misspelled word and "Lägg till i ordlistan",
 * then cut, copy, paste and select all in Swedish. Empty when there is nothing to offer.
 */
export function contextMenuTemplate(
  params: ContextMenuParams,
  actions: ContextMenuActions,
): MenuItemConstructorOptions[] {
  const out: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord.trim();
  if (params.isEditable && word !== '') {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) out.push({ label: 'Inga förslag', enabled: false });
    for (const s of suggestions) {
      out.push({ label: s, click: () => actions.replaceMisspelling(s) });
    }
    out.push(
      { type: 'separator' },
      { label: 'Lägg till i ordlistan', click: () => actions.addToDictionary(word) },
      { type: 'separator' },
    );
  }
  const f = params.editFlags;
  if (params.isEditable) {
    out.push(
      { label: 'Klipp ut', role: 'cut', enabled: f.canCut },
      { label: 'Kopiera', role: 'copy', enabled: f.canCopy },
      { label: 'Klistra in', role: 'paste', enabled: f.canPaste },
      { type: 'separator' },
      { label: 'Markera allt', role: 'selectAll', enabled: f.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    out.push({ label: 'Kopiera', role: 'copy', enabled: f.canCopy });
  }
  return out;
}
