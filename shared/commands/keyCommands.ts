import type { CommandRow } from './commandRow';

/**
 * Commands that only have keys (no menu entry): the items, going to a part of the protokoll, and
 * the text formatting of the focused field; listed under F1 by group.
 */
export const KEY_COMMANDS = [
  {
    id: 'new-item',
    label: 'Nytt ärende',
    keys: ['Ctrl+Alt+N', 'Ctrl+Enter'],
    group: 'Ärenden',
    handler: 'app',
  },
  {
    id: 'next-item',
    label: 'Nästa ärende',
    keys: ['Ctrl+Alt+ArrowDown', 'Alt+PageDown'],
    group: 'Ärenden',
    handler: 'app',
  },
  {
    id: 'previous-item',
    label: 'Föregående ärende',
    keys: ['Ctrl+Alt+ArrowUp', 'Alt+PageUp'],
    group: 'Ärenden',
    handler: 'app',
  },
  {
    id: 'move-item-up',
    label: 'Flytta ärendet uppåt',
    keys: ['Alt+Shift+ArrowUp'],
    group: 'Ärenden',
    handler: 'field',
  },
  {
    id: 'move-item-down',
    label: 'Flytta ärendet nedåt',
    keys: ['Alt+Shift+ArrowDown'],
    group: 'Ärenden',
    handler: 'field',
  },
  {
    id: 'mark-absent',
    label: 'Markera ledamoten på raden som frånvarande; Enter kallar sedan in ersättaren',
    keys: ['Alt+F'],
    group: 'Närvaro',
    handler: 'field',
  },
  { id: 'go-meeting', label: 'Mötesuppgifter', keys: ['Alt+1'], group: 'Gå till', handler: 'app' },
  {
    id: 'go-attendance',
    label: 'Närvaro',
    keys: ['Alt+2', 'Ctrl+Alt+A'],
    group: 'Gå till',
    handler: 'app',
  },
  { id: 'go-items', label: 'Ärenden', keys: ['Alt+3'], group: 'Gå till', handler: 'app' },
  {
    id: 'go-signatures',
    label: 'Underskrifter',
    keys: ['Alt+4'],
    group: 'Gå till',
    handler: 'app',
  },
  { id: 'bold', label: 'Fetstil', keys: ['Ctrl+B'], group: 'Text', handler: 'field' },
  { id: 'italic', label: 'Kursiv', keys: ['Ctrl+I'], group: 'Text', handler: 'field' },
  { id: 'underline', label: 'Understruken', keys: ['Ctrl+U'], group: 'Text', handler: 'field' },
  {
    id: 'bulleted-list',
    label: 'Punktlista',
    keys: ['Ctrl+Shift+L'],
    group: 'Text',
    handler: 'field',
  },
  {
    id: 'paragraph',
    label: 'Vanligt stycke',
    keys: ['Ctrl+Shift+N'],
    group: 'Text',
    handler: 'field',
  },
  { id: 'heading', label: 'Rubrik', keys: ['Ctrl+Alt+1'], group: 'Text', handler: 'field' },
  {
    id: 'numbered-list',
    label: 'Numrerad lista',
    keys: ['Ctrl+Shift+7'],
    group: 'Text',
    handler: 'field',
  },
  {
    id: 'next-field',
    label: 'Nästa / föregående fält',
    keys: ['Tab', 'Shift+Tab'],
    group: 'Gå till',
    handler: 'field',
  },
  {
    id: 'escape',
    label: 'Stäng dialog eller meny',
    keys: ['Esc'],
    group: 'Gå till',
    handler: 'field',
  },
] as const satisfies readonly CommandRow[];
