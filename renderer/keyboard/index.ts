export { ShortcutsDialog, LISTED_COMMANDS } from './ShortcutsDialog';
export { ShortcutsHost } from './ShortcutsHost';
export { handleTextShortcut } from './textShortcuts';
export { useEditorShortcuts, type EditorNavigation } from './useEditorShortcuts';
