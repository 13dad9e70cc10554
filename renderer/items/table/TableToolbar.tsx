import { useState, type KeyboardEvent } from 'react';
import type { Editor } from 'slate';
import { useSlate } from 'slate-react';
import {
  addColumn,
  addRow,
  cellPosition,
  removeColumn,
  removeRow,
  removeTable,
  toggleHeaderRow,
} from './tableCommands';

const ACTIONS: { label: string; run(editor: Editor): unknown }[] = [
  { label: 'Rad ovanför', run: (e) => addRow(e, 'above') },
  { label: 'Rad nedanför', run: (e) => addRow(e, 'below') },
  { label: 'Kolumn till vänster', run: (e) => addColumn(e, 'left') },
  { label: 'Kolumn till höger', run: (e) => addColumn(e, 'right') },
  { label: 'Ta bort rad', run: removeRow },
  { label: 'Ta bort kolumn', run: removeColumn },
  { label: 'Ta bort tabell', run: removeTable },
];

/**
 * The table's own buttons, shown while the caret is in a table: rows, columns, the heading row.
 * Buttons act on mousedown so the caret stays in its cell; arrow keys move between them.
 */
export function TableToolbar({ label }: { label: string }) {
  const editor = useSlate();
  const [stop, setStop] = useState(0);
  const at = cellPosition(editor);
  if (!at) return null;
  const press = (run: () => unknown) => ({
    onMouseDown: (e: { preventDefault(): void }) => {
      e.preventDefault();
      run();
    },
    onClick: (e: { detail: number }) => {
      if (e.detail === 0) run();
    },
  });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0 || i < 0) return;
    e.preventDefault();
    buttons[(i + step + buttons.length) % buttons.length]?.focus();
  };
  const header = at.table.header === true;
  return (
    <div
      className="table-toolbar"
      role="toolbar"
      aria-label={`Tabell i ${label}`}
      onKeyDown={onKeyDown}
    >
      <span className="table-toolbar-place" aria-live="polite">
        Rad {at.row + 1}, kolumn {at.column + 1}
      </span>
      <button
        type="button"
        className="tool"
        aria-pressed={header}
        tabIndex={stop === 0 ? 0 : -1}
        onFocus={() => setStop(0)}
        {...press(() => toggleHeaderRow(editor))}
      >
        Rubrikrad
      </button>
      {ACTIONS.map((a, index) => (
        <button
          key={a.label}
          type="button"
          className="tool"
          tabIndex={stop === index + 1 ? 0 : -1}
          onFocus={() => setStop(index + 1)}
          {...press(() => a.run(editor))}
        >
          {a.label}
        </button>
      ))}
    </div>
  );
}
