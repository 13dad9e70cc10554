import { useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useSlate } from 'slate-react';
import {
  isBlockActive,
  isMarkActive,
  toggleBlock,
  toggleMark,
  type BlockFormat,
} from './richTextCommands';
import type { MarkName } from './slateTypes';
import { insertTable, isInTable } from './table/tableCommands';

interface ToolProps {
  label: string;
  /** Roving tab stop: only one button of the toolbar is in the Tab order. */
  tabStop: boolean;
  onFocus(): void;
  shortcut?: string;
  active: boolean;
  onPress(): void;
  children: ReactNode;
}

function Tool({ label, tabStop, onFocus, shortcut, active, onPress, children }: ToolProps) {
  return (
    <button
      type="button"
      className="tool"
      tabIndex={tabStop ? 0 : -1}
      onFocus={onFocus}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={active}
      // Keep the caret in the text: act on mousedown, before the editor loses focus.
      onMouseDown={(e: MouseEvent) => {
        e.preventDefault();
        onPress();
      }}
      onClick={(e) => {
        // Keyboard activation (Enter/Space) arrives as a click without a mousedown.
        if (e.detail === 0) onPress();
      }}
    >
      {children}
    </button>
  );
}

const MARKS: { mark: MarkName; label: string; shortcut: string; icon: ReactNode }[] = [
  { mark: 'bold', label: 'Fetstil', shortcut: 'Ctrl+B', icon: <b>F</b> },
  { mark: 'italic', label: 'Kursiv', shortcut: 'Ctrl+I', icon: <i>K</i> },
  { mark: 'underline', label: 'Understruken', shortcut: 'Ctrl+U', icon: <u>U</u> },
];
const BLOCKS: { format: BlockFormat; label: string; icon: string }[] = [
  { format: 'heading', label: 'Rubrik', icon: 'Rubrik' },
  { format: 'bulleted-list', label: 'Punktlista', icon: '• Punktlista' },
  { format: 'numbered-list', label: '1. Numrerad lista', icon: '1. Numrerad lista' },
];

/** Formatting buttons of one body editor; re-renders with that editor only. */
export function BodyToolbar({ label }: { label: string }) {
  const editor = useSlate();
  const [stop, setStop] = useState(0);
  // Arrow keys move between the buttons, as in a word processor's toolbar.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      e.key === 'ArrowRight'
        ? at + 1
        : e.key === 'ArrowLeft'
          ? at - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? buttons.length - 1
              : null;
    if (next === null || at < 0) return;
    e.preventDefault();
    buttons[(next + buttons.length) % buttons.length]?.focus();
  };
  return (
    <div
      className="body-toolbar"
      role="toolbar"
      aria-label={`Formatering av ${label}`}
      onKeyDown={onKeyDown}
    >
      {MARKS.map((m, index) => (
        <Tool
          key={m.mark}
          tabStop={stop === index}
          onFocus={() => setStop(index)}
          label={m.label}
          shortcut={m.shortcut}
          active={isMarkActive(editor, m.mark)}
          onPress={() => toggleMark(editor, m.mark)}
        >
          {m.icon}
        </Tool>
      ))}
      <span className="tool-separator" aria-hidden="true" />
      {BLOCKS.map((b, index) => (
        <Tool
          key={b.format}
          tabStop={stop === MARKS.length + index}
          onFocus={() => setStop(MARKS.length + index)}
          label={b.label}
          active={isBlockActive(editor, b.format)}
          onPress={() => toggleBlock(editor, b.format)}
        >
          {b.icon}
        </Tool>
      ))}
      <Tool
        tabStop={stop === MARKS.length + BLOCKS.length}
        onFocus={() => setStop(MARKS.length + BLOCKS.length)}
        label="Infoga tabell"
        active={isInTable(editor)}
        onPress={() => {
          if (!isInTable(editor)) insertTable(editor);
        }}
      >
        ▦ Tabell
      </Tool>
    </div>
  );
}
