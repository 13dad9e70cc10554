import type { MouseEvent, ReactNode } from 'react';
import { useSlate } from 'slate-react';
import {
  isBlockActive,
  isMarkActive,
  toggleBlock,
  toggleMark,
  type BlockFormat,
} from './richTextCommands';
import type { MarkName } from './slateTypes';

interface ToolProps {
  label: string;
  shortcut?: string;
  active: boolean;
  onPress(): void;
  children: ReactNode;
}

function Tool({ label, shortcut, active, onPress, children }: ToolProps) {
  return (
    <button
      type="button"
      className="tool"
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
  { format: 'bulleted-list', label: 'Punktlista', icon: '• Lista' },
  { format: 'numbered-list', label: 'Numrerad lista', icon: '1. Lista' },
];

/** Formatting buttons of one body editor; re-renders with that editor only. */
export function BodyToolbar({ label }: { label: string }) {
  const editor = useSlate();
  return (
    <div className="body-toolbar" role="toolbar" aria-label={`Formatering av ${label}`}>
      {MARKS.map((m) => (
        <Tool
          key={m.mark}
          label={m.label}
          shortcut={m.shortcut}
          active={isMarkActive(editor, m.mark)}
          onPress={() => toggleMark(editor, m.mark)}
        >
          {m.icon}
        </Tool>
      ))}
      <span className="tool-separator" aria-hidden="true" />
      {BLOCKS.map((b) => (
        <Tool
          key={b.format}
          label={b.label}
          active={isBlockActive(editor, b.format)}
          onPress={() => toggleBlock(editor, b.format)}
        >
          {b.icon}
        </Tool>
      ))}
    </div>
  );
}
