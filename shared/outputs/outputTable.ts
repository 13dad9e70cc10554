import { suggestedExportName, suggestedWebPdfName } from '../export/fileName';
import { buildPrintModel } from '../print/buildPrintModel';
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
] as const satisfies readonly OutputRow[];

export type OutputKind = (typeof OUTPUTS)[number]['kind'];

/** The kinds, for schemas and the CLI's --document. */
export const OUTPUT_KINDS = OUTPUTS.map((o) => o.kind) as [OutputKind, ...OutputKind[]];

export function outputRow(kind: OutputKind): OutputRow {
  const row = OUTPUTS.find((o) => o.kind === kind);
  if (!row) throw new Error(`unknown document kind: ${kind}`);
  return row;
}
