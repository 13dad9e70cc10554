import { suggestedExportName, suggestedWebPdfName } from '../export/fileName';
import { buildPrintModel } from '../print/buildPrintModel';
import { documentFileName } from '../export/documentFileName';
import { buildExtract, extractItems } from '../print/documents/extract';
import { buildKallelse, buildKallelseWeb } from '../print/documents/kallelse';
import { buildNoticeDocument } from '../print/documents/noticeDocument';
import { numberItems } from '../protocol/numbering';
import type { OutputRow } from './outputRow';

/**
 * Every document Paragraf makes from a protokoll, one row each. The export service, the IPC
 * channel `export.document`, the CLI's `export --document`, the menu and the top bar all read
 * this table; adding a document kind is one row and its build function.
 */
export const OUTPUTS = [
  {
    kind: 'protokoll',
    label: 'Protokoll',
    formats: ['pdf', 'docx'],
    afterMeeting: true,
    takes: [],
    fileName: (protocol, format) => suggestedExportName(protocol, format),
    build: (protocol) => buildPrintModel(protocol, { audience: 'full' }),
    commands: {
      pdf: { id: 'export-pdf', label: 'Exportera PDF…', keys: ['Ctrl+E'], topBar: 'Exportera PDF' },
      docx: {
        id: 'export-docx',
        label: 'Exportera DOCX…',
        keys: ['Ctrl+Shift+E'],
        topBar: 'Exportera Word',
      },
    },
    progress: { pdf: 'Skapar PDF…', docx: 'Skapar Word-dokument…' },
  },
  {
    kind: 'webbversion',
    label: 'Webbversion',
    formats: ['pdf'],
    afterMeeting: true,
    takes: [],
    fileName: (protocol) => suggestedWebPdfName(protocol),
    build: (protocol) => buildPrintModel(protocol, { audience: 'web' }),
    // Items not for the web are left out, and so are their appendices.
    appendedItems: (protocol) => protocol.items.filter((item) => !item.notForWeb),
    commands: {
      pdf: {
        id: 'export-web-pdf',
        label: 'Exportera webbversion…',
        topBar: 'Exportera webbversion',
        title:
          'PDF för webbpublicering: paragrafer som inte publiceras på webben och personnummer tas bort',
      },
    },
    progress: { pdf: 'Skapar webbversion (PDF)…' },
  },
  {
    kind: 'kallelse',
    label: 'Kallelse',
    formats: ['pdf', 'docx'],
    takes: [],
    fileName: (protocol, format) =>
      documentFileName(protocol, protocol.labels.kallelseKind, format),
    build: (protocol) => buildKallelse(protocol),
    commands: {
      pdf: {
        id: 'export-kallelse-pdf',
        label: 'Exportera kallelse (PDF)…',
        topBar: 'Exportera PDF',
      },
      docx: {
        id: 'export-kallelse-docx',
        label: 'Exportera kallelse (Word)…',
        topBar: 'Exportera Word',
      },
    },
    progress: { pdf: 'Skapar kallelse (PDF)…', docx: 'Skapar kallelse (Word)…' },
  },
  {
    kind: 'kallelse-webbversion',
    label: 'Kallelse, webbversion',
    formats: ['pdf'],
    takes: [],
    fileName: (protocol, format) =>
      documentFileName(protocol, protocol.labels.kallelseKind, format, [], ['webbversion']),
    build: (protocol) => buildKallelseWeb(protocol),
    appendedItems: () => [],
    commands: {
      pdf: { id: 'export-kallelse-web-pdf', label: 'Exportera kallelse, webbversion…' },
    },
    progress: { pdf: 'Skapar kallelse för webben…' },
  },
  {
    kind: 'utdrag',
    label: 'Protokollsutdrag',
    formats: ['pdf', 'docx'],
    afterMeeting: true,
    takes: ['items'],
    fileName: (protocol, format, options) => {
      const numbers = numberItems(
        protocol.items,
        protocol.meeting.numbering,
        protocol.labels.paragraphSign,
      );
      const chosen = new Set(extractItems(protocol, options).map((i) => i.id));
      const printed = numbers.filter((n) => chosen.has(n.id)).map((n) => n.label);
      const recipient = options.recipient ? [options.recipient] : [];
      return documentFileName(protocol, protocol.labels.extractKind, format, printed, recipient);
    },
    build: (protocol, options) => buildExtract(protocol, options),
    appendedItems: (protocol, options) => extractItems(protocol, options),
    commands: {
      pdf: { id: 'export-extract-pdf', label: 'Exportera protokollsutdrag (PDF)…' },
      docx: { id: 'export-extract-docx', label: 'Exportera protokollsutdrag (Word)…' },
    },
    progress: { pdf: 'Skapar protokollsutdrag (PDF)…', docx: 'Skapar protokollsutdrag (Word)…' },
  },
  {
    kind: 'anslagsbevis',
    label: 'Anslagsbevis',
    formats: ['pdf', 'docx'],
    afterMeeting: true,
    takes: [],
    fileName: (protocol, format) => documentFileName(protocol, protocol.labels.noticeKind, format),
    build: (protocol) => buildNoticeDocument(protocol),
    appendedItems: () => [],
    commands: {
      pdf: { id: 'export-notice-pdf', label: 'Exportera anslagsbevis (PDF)…' },
      docx: { id: 'export-notice-docx', label: 'Exportera anslagsbevis (Word)…' },
    },
    progress: { pdf: 'Skapar anslagsbevis (PDF)…', docx: 'Skapar anslagsbevis (Word)…' },
  },
] as const satisfies readonly OutputRow[];

export type OutputKind = (typeof OUTPUTS)[number]['kind'];

/** The kinds, for schemas and the CLI's --document. */
export const OUTPUT_KINDS = OUTPUTS.map((o) => o.kind) as [OutputKind, ...OutputKind[]];

export function outputRow(kind: OutputKind): OutputRow {
  const row = OUTPUTS.find((o) => o.kind === kind);
  if (!row) throw new Error(`unknown document kind: ${kind}`);
  return row;
}
