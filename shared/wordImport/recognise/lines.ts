import type { WordBlock, WordParagraph, WordRun, WordTable } from '../wordBlock';
import { itemNumberOf } from './itemHeading';
import {
  FIELD_LABELS,
  groupKindOf,
  normalise,
  SIGNATURE_HEADINGS,
  signerRoleOf,
} from './vocabulary';

/** A paragraph the recogniser reads; `heading` when styled as one or bold throughout. */
export interface TextLine {
  kind: 'text';
  text: string;
  runs: WordRun[];
  heading: boolean;
  /** A Word heading style, not just bold. */
  styled: boolean;
  style: string;
  list?: 'bullet' | 'ordered';
}

export interface TableLine {
  kind: 'table';
  table: WordTable;
}

export interface ImageLine {
  kind: 'image';
  name: string;
}

export type Line = TextLine | TableLine | ImageLine;

function textLine(p: WordParagraph): TextLine {
  return {
    kind: 'text',
    text: p.text,
    runs: p.runs,
    heading: p.headingLevel !== undefined || (p.bold && p.text.trim().length <= 200),
    styled: p.headingLevel !== undefined,
    style: p.style,
    ...(p.list ? { list: p.list } : {}),
  };
}

function isLabel(text: string): boolean {
  const t = normalise(text);
  return (
    Object.values(FIELD_LABELS).some((s) => s.has(t)) ||
    groupKindOf(text) !== undefined ||
    SIGNATURE_HEADINGS.has(t) ||
    signerRoleOf(text) !== undefined
  );
}

/** Whether a table is a layout grid (labels, attendance, items) rather than a table of content. */
function isLayoutTable(table: WordTable): boolean {
  return table.rows.some((row) => {
    const first = row[0]?.text.trim() ?? '';
    return row.length >= 2 && (isLabel(first) || itemNumberOf(first) !== undefined);
  });
}

function cellLines(blocks: readonly WordBlock[], heading = false): Line[] {
  return linearise(blocks).map((l) => (heading && l.kind === 'text' ? { ...l, heading: true } : l));
}

/**
 * The body as one stream of lines. Layout tables (a label or item number in the first column,
 * as Word users lay out attendance and § items) are unrolled: the first cell reads as a heading,
 * the others as the text under it. Other tables are read by context (attendance rows, or kept).
 */
export function linearise(blocks: readonly WordBlock[]): Line[] {
  const out: Line[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(textLine(b));
    else if (b.kind === 'image') out.push({ kind: 'image', name: b.name });
    else if (!isLayoutTable(b)) {
      // A one-column table with several rows is a box of text (the anslag): read it as text.
      if (b.rows.every((r) => r.length === 1))
        out.push(...b.rows.flatMap((r) => cellLines(r[0]!.blocks)));
      else out.push({ kind: 'table', table: b });
    } else {
      for (const row of b.rows) {
        const first = row[0]?.text.trim() ?? '';
        if (row.length >= 2 && (isLabel(first) || itemNumberOf(first) !== undefined)) {
          out.push(
            ...cellLines(row[0]!.blocks, true),
            ...row.slice(1).flatMap((c) => cellLines(c.blocks)),
          );
        } else {
          out.push({ kind: 'table', table: { kind: 'table', rows: [row] } });
        }
      }
    }
  }
  return out;
}
