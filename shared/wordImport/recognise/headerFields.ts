import type { Meeting } from '../../protocol/meeting';
import type { ImportReport } from '../importReport';
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

/**
 * What the page headers give where the body did not: the organ and the date, and the document
 * kind when `fill.documentKind` (the body named none). Each is reported as found there.
 */
export function fillFromPageHeaders(
  meeting: Pick<Meeting, 'body' | 'date' | 'documentKind'>,
  headers: readonly WordBlock[],
  fill: { documentKind: boolean },
  report: ImportReport,
): void {
  const fromHeader = headerFields(headers);
  if (!meeting.body && fromHeader.body) {
    meeting.body = fromHeader.body.slice(0, 300);
    report.recognised.push({
      sv: `Organ (sidhuvud): ${meeting.body}`,
      en: `Body (page header): ${meeting.body}`,
    });
  }
  if (!meeting.date && fromHeader.date) {
    meeting.date = fromHeader.date;
    report.recognised.push({
      sv: `Datum (sidhuvud): ${meeting.date}`,
      en: `Date (page header): ${meeting.date}`,
    });
  }
  if (fill.documentKind && fromHeader.documentKind) meeting.documentKind = fromHeader.documentKind;
}
