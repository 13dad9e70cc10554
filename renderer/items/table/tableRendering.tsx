import type { RenderElementProps } from 'slate-react';

/**
 * Table elements of an item's text. A table with a heading row is marked on the table (the
 * cells do not re-render when it changes), and the style sheet sets its first row apart.
 */
export function renderTableElement({ attributes, children, element }: RenderElementProps) {
  // Called for 'table', 'table-row' and 'table-cell' only.
  switch (element.type) {
    case 'table':
      return (
        <div {...attributes} className="body-table-wrap">
          <table className="body-table" data-header-row={element.header ? 'true' : undefined}>
            <tbody>{children}</tbody>
          </table>
        </div>
      );
    case 'table-row':
      return <tr {...attributes}>{children}</tr>;
    default:
      return <td {...attributes}>{children}</td>;
  }
}
