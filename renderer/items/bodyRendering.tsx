import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { renderTableElement } from './table/tableRendering';

// Module-level render functions: the same identity on every render, as Slate's performance
// guidance asks, so no item's editor re-renders its leaves for nothing.

export function renderBodyElement({ attributes, children, element }: RenderElementProps) {
  switch (element.type) {
    case 'heading':
      return (
        <h3 {...attributes} className="body-heading">
          {children}
        </h3>
      );
    case 'bulleted-list':
      return <ul {...attributes}>{children}</ul>;
    case 'numbered-list':
      return <ol {...attributes}>{children}</ol>;
    case 'list-item':
      return <li {...attributes}>{children}</li>;
    case 'table':
    case 'table-row':
    case 'table-cell':
      return renderTableElement({ attributes, children, element });
    default:
      return <p {...attributes}>{children}</p>;
  }
}

export function renderBodyLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.underline) content = <u>{content}</u>;
  return <span {...attributes}>{content}</span>;
}
