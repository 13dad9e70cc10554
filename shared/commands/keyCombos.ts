/** A key combination as the table writes it: "Ctrl+Alt+N", "Alt+PageDown", "F1". */
interface Combo {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

/** The parts of a key event that a combination compares (a DOM KeyboardEvent has them). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

function parseCombo(combo: string): Combo {
  // "Ctrl+Plus" is the key "+"; a trailing "+" would otherwise split into an empty key.
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
export function matchesCombo(combo: string, e: KeyPress): boolean {
  const c = parseCombo(combo);
  if (c.ctrl !== (e.ctrlKey || e.metaKey) || c.alt !== e.altKey || c.shift !== e.shiftKey) {
    return false;
  }
  if (/^[A-Z]$/.test(c.key)) return e.code === `Key${c.key}` || e.key.toUpperCase() === c.key;
  if (/^[0-9]$/.test(c.key)) return e.code === `Digit${c.key}` || e.key === c.key;
  if (c.key === 'Esc') return e.key === 'Escape';
  if (c.key === 'Plus') return e.key === '+';
  return e.key === c.key;
}

const ACCELERATOR_KEYS: Record<string, string> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  Esc: 'Escape',
};

/** The Electron accelerator of a combination: "Ctrl+Shift+E" → "CmdOrCtrl+Shift+E". */
export function acceleratorOf(combo: string): string {
  return combo
    .split('+')
    .map((part) => (part === 'Ctrl' ? 'CmdOrCtrl' : (ACCELERATOR_KEYS[part] ?? part)))
    .join('+');
}

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  Shift: 'Skift',
  Enter: 'Retur',
  PageUp: 'Page Up',
  PageDown: 'Page Down',
  Plus: '+',
};

/** How a combination is shown on a Swedish keyboard: "Ctrl+Alt+↓", "Alt+Skift+↑". */
export function displayCombo(combo: string): string {
  return combo
    .split('+')
    .map((part) => KEY_NAMES[part] ?? part)
    .join('+');
}
