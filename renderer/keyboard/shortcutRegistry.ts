/** Commands that a shortcut starts; the editor screen and the app carry them out. */
export type ShortcutCommand =
  | 'new-item'
  | 'next-item'
  | 'previous-item'
  | 'go-attendance'
  | 'go-meeting'
  | 'go-items'
  | 'go-signatures'
  | 'export-pdf'
  | 'preview'
  | 'shortcuts'
  | 'settings';

export type ShortcutGroup = 'Dokument' | 'Ärenden' | 'Text' | 'Gå till';

export interface Shortcut {
  /** Key combinations, e.g. "Ctrl+Alt+N"; the first is the one shown first. */
  keys: string[];
  sv: string;
  group: ShortcutGroup;
  /** Set for shortcuts the app-wide handler carries out; others are handled where they apply. */
  command?: ShortcutCommand;
}

/**
 * Every shortcut of the app, as the "Kortkommandon" list shows it. Text shortcuts are the ones a
 * Word user knows; they are handled by the text fields and editors themselves.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Ctrl+S'], sv: 'Spara nu', group: 'Dokument' },
  { keys: ['Ctrl+E'], sv: 'Exportera PDF', group: 'Dokument', command: 'export-pdf' },
  { keys: ['Ctrl+P', 'Ctrl+F2'], sv: 'Förhandsgranska', group: 'Dokument', command: 'preview' },
  { keys: ['F1'], sv: 'Visa kortkommandon', group: 'Dokument', command: 'shortcuts' },
  { keys: ['Ctrl+,'], sv: 'Inställningar', group: 'Dokument', command: 'settings' },
  { keys: ['Ctrl+Alt+N', 'Ctrl+Enter'], sv: 'Nytt ärende', group: 'Ärenden', command: 'new-item' },
  {
    keys: ['Ctrl+Alt+ArrowDown', 'Alt+PageDown'],
    sv: 'Nästa ärende',
    group: 'Ärenden',
    command: 'next-item',
  },
  {
    keys: ['Ctrl+Alt+ArrowUp', 'Alt+PageUp'],
    sv: 'Föregående ärende',
    group: 'Ärenden',
    command: 'previous-item',
  },
  { keys: ['Alt+Shift+ArrowUp'], sv: 'Flytta ärendet uppåt', group: 'Ärenden' },
  { keys: ['Alt+Shift+ArrowDown'], sv: 'Flytta ärendet nedåt', group: 'Ärenden' },
  { keys: ['Alt+1'], sv: 'Mötesuppgifter', group: 'Gå till', command: 'go-meeting' },
  { keys: ['Alt+2', 'Ctrl+Alt+A'], sv: 'Närvaro', group: 'Gå till', command: 'go-attendance' },
  { keys: ['Alt+3'], sv: 'Ärenden', group: 'Gå till', command: 'go-items' },
  { keys: ['Alt+4'], sv: 'Underskrifter', group: 'Gå till', command: 'go-signatures' },
  { keys: ['Ctrl+B'], sv: 'Fetstil', group: 'Text' },
  { keys: ['Ctrl+I'], sv: 'Kursiv', group: 'Text' },
  { keys: ['Ctrl+U'], sv: 'Understruken', group: 'Text' },
  { keys: ['Ctrl+Z'], sv: 'Ångra', group: 'Text' },
  { keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], sv: 'Gör om', group: 'Text' },
  {
    keys: ['Ctrl+C', 'Ctrl+X', 'Ctrl+V'],
    sv: 'Kopiera, klipp ut, klistra in (även från Word)',
    group: 'Text',
  },
  { keys: ['Ctrl+Shift+L'], sv: 'Punktlista', group: 'Text' },
  { keys: ['Ctrl+Shift+N'], sv: 'Vanligt stycke', group: 'Text' },
  { keys: ['Ctrl+Alt+1'], sv: 'Rubrik', group: 'Text' },
  { keys: ['Ctrl+Shift+7'], sv: 'Numrerad lista', group: 'Text' },
  { keys: ['Tab', 'Shift+Tab'], sv: 'Nästa / föregående fält', group: 'Gå till' },
  { keys: ['Esc'], sv: 'Stäng dialog eller meny', group: 'Gå till' },
];

interface Combo {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

function parseCombo(combo: string): Combo {
  const parts = combo.split('+');
  const key = parts.pop() ?? '';
  return {
    ctrl: parts.includes('Ctrl'),
    alt: parts.includes('Alt'),
    shift: parts.includes('Shift'),
    key,
  };
}

/**
 * True when a key event is the combination. Letters and digits are compared by physical key as
 * well, since Ctrl+Alt (AltGr on Windows) changes the character on Swedish keyboards.
 */
export function matchesCombo(combo: string, e: KeyboardEvent): boolean {
  const c = parseCombo(combo);
  if (c.ctrl !== (e.ctrlKey || e.metaKey) || c.alt !== e.altKey || c.shift !== e.shiftKey) {
    return false;
  }
  if (/^[A-Z]$/.test(c.key)) return e.code === `Key${c.key}` || e.key.toUpperCase() === c.key;
  if (/^[0-9]$/.test(c.key)) return e.code === `Digit${c.key}` || e.key === c.key;
  if (c.key === 'Esc') return e.key === 'Escape';
  return e.key === c.key;
}

/** The app-wide command a key event starts, if any. */
export function commandOfEvent(e: KeyboardEvent): ShortcutCommand | null {
  for (const shortcut of SHORTCUTS) {
    if (shortcut.command && shortcut.keys.some((k) => matchesCombo(k, e))) return shortcut.command;
  }
  return null;
}

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  Shift: 'Skift',
  Enter: 'Retur',
  PageUp: 'Page Up',
  PageDown: 'Page Down',
};

/** How a combination is shown on a Swedish keyboard: "Ctrl+Alt+↓", "Alt+Skift+↑". */
export function displayCombo(combo: string): string {
  return combo
    .split('+')
    .map((part) => KEY_NAMES[part] ?? part)
    .join('+');
}
