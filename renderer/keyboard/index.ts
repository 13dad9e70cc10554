export { onKeyboardCommand, sendKeyboardCommand } from './keyboardCommandBus';
export { SHORTCUTS, commandOfEvent, displayCombo, matchesCombo } from './shortcutRegistry';
export type { Shortcut, ShortcutCommand } from './shortcutRegistry';
export { ShortcutsDialog } from './ShortcutsDialog';
export { ShortcutsHost } from './ShortcutsHost';
export { handleTextShortcut } from './textShortcuts';
export { useEditorShortcuts, type EditorNavigation } from './useEditorShortcuts';
export { useGlobalShortcuts } from './useGlobalShortcuts';
export { useKeyboardCommand } from './useKeyboardCommand';
