import type { WordBlock } from '../wordBlock';
import { findDate } from './meetingFields';
import { FIELD_LABELS, normalise } from './vocabulary';

export interface HeaderFields {
  documentKind?: string;
  body?: string;
  date?: string;
}

function texts(blocks: readonly WordBlock[]): string[] {
  return blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? b.text.split('\n')
      : b.kind === 'table'
        ? b.rows.flatMap((r) => r.flatMap((c) => texts(c.blocks)))
        : [],
  );
}

const KIND = /^(protokoll|minutes|mötesprotokoll|styrelseprotokoll|kallelse)$/i;
const FURNITURE = /^(sida\s+\d*|page\s|utkast|draft|\d+\s*\(\d*\)|\d+$)/i;

/**
 * What a page header says about the meeting: "Protokoll", the organ on the next line, and the
 * date under "Sammanträdesdatum". Used only where the body does not say it.
 */
export function headerFields(blocks: readonly WordBlock[]): HeaderFields {
  const lines = texts(blocks)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '' && !FURNITURE.test(t));
  const out: HeaderFields = {};
  lines.forEach((line, i) => {
    if (out.documentKind === undefined && KIND.test(line)) {
      out.documentKind = line;
      const next = lines[i + 1];
      if (
        next &&
        !FIELD_LABELS.date.has(normalise(next)) &&
        !findDate(next) &&
        next.length <= 300
      ) {
        out.body = next;
      }
    }
    if (out.date === undefined && FIELD_LABELS.date.has(normalise(line))) {
      const date = lines[i + 1] && findDate(lines[i + 1]!);
      if (date) out.date = date;
    }
  });
  return out;
}
