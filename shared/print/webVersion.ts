import type { Protocol } from '../protocol';
import { maskPersonalIdentityNumbers as mask } from './personalIdentityNumbers';
import type {
  ItemBlock,
  ItemContentBlock,
  PageHeader,
  PrintBlock,
  PrintDocument,
  TextRun,
} from './printDocument';

/** Who the document is printed for: the archive and the members, or publication on the web. */
export type PrintAudience = 'full' | 'web';

/** Appended to the PDF title of the web version. */
export const WEB_TITLE_SUFFIX = ' (webbversion)';

/**
 * The placeholder printed instead of a withheld item's content: the template's label and the
 * reason when the secretary gave one, e.g. "Ej för publicering på webben (OSL 26 kap. 1 §)".
 */
export function webPlaceholderText(protocol: Protocol, reason: string): string {
  const label = protocol.labels.notForWeb.trim();
  const why = reason.trim();
  return why === '' ? label : `${label} (${why})`;
}

const runs = (rs: TextRun[]): TextRun[] => rs.map((r) => ({ ...r, text: mask(r.text) }));

function maskContent(block: ItemContentBlock): ItemContentBlock {
  switch (block.kind) {
    case 'heading':
      return { ...block, text: mask(block.text) };
    case 'paragraph':
      return { ...block, runs: runs(block.runs) };
    case 'list':
      return { ...block, items: block.items.map(runs) };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map(runs)) };
    case 'decision':
      return {
        ...block,
        heading: mask(block.heading),
        intro: mask(block.intro),
        attSatser: block.attSatser.map(mask),
      };
  }
}

const rows = (rs: { label: string; value: string }[]) =>
  rs.map((r) => ({ label: mask(r.label), value: mask(r.value) }));

function maskItem(block: ItemBlock, placeholder: string | undefined): ItemBlock {
  // The number and title stay so the published protokoll shows every § in sequence; titles of
  // withheld items are written without personal data by custom (and masked here regardless).
  const blocks: ItemContentBlock[] =
    placeholder === undefined
      ? block.blocks.map(maskContent)
      : [{ kind: 'paragraph', role: 'note', runs: [{ text: mask(placeholder) }] }];
  return { ...block, title: mask(block.title), blocks };
}

function maskBlock(block: PrintBlock, placeholders: Map<string, string>): PrintBlock {
  switch (block.kind) {
    case 'item':
      return maskItem(block, placeholders.get(block.id));
    case 'heading':
    case 'paragraph':
    case 'list':
    case 'table':
    case 'decision':
      return maskContent(block);
    case 'attendance':
      return {
        ...block,
        heading: mask(block.heading),
        sections: block.sections.map((s) => ({
          ...(s.subheading !== undefined ? { subheading: mask(s.subheading) } : {}),
          rows: s.rows.map((r) => ({ name: mask(r.name), detail: mask(r.detail) })),
        })),
      };
    case 'grid':
      return {
        ...block,
        rows: block.rows.map((r) => ({ name: mask(r.name), cells: r.cells.map(mask) })),
      };
    case 'agenda':
      return {
        ...block,
        heading: mask(block.heading),
        entries: block.entries.map((e) => ({
          ...e,
          title: mask(e.title),
          details: e.details.map(mask),
        })),
      };
    case 'facts':
      return { ...block, rows: rows(block.rows) };
    case 'title':
      return {
        ...block,
        documentKind: mask(block.documentKind),
        organ: mask(block.organ),
        rows: rows(block.rows),
      };
    case 'signatures':
      return {
        ...block,
        heading: mask(block.heading),
        signers: block.signers.map((s) => ({ ...s, role: mask(s.role), name: mask(s.name) })),
      };
    case 'notice':
      return {
        ...block,
        heading: mask(block.heading),
        body: mask(block.body),
        rows: rows(block.rows),
      };
    case 'pageBreak':
      return block;
  }
}

function maskHeader(h: PageHeader): PageHeader {
  return { ...h, documentKind: mask(h.documentKind), organ: mask(h.organ) };
}

/**
 * The web version of a print model: items marked "not for web" keep their number and title but
 * their content becomes a placeholder; personnummer and samordningsnummer are masked in every
 * printed text, the document info included; the title says it is the web version.
 */
export function webVersion(protocol: Protocol, doc: PrintDocument): PrintDocument {
  const placeholders = new Map(
    protocol.items
      .filter((i) => i.notForWeb)
      .map((i) => [i.id, webPlaceholderText(protocol, i.notForWebReason)] as const),
  );
  const { info, furniture } = doc;
  return {
    info: {
      ...info,
      title: mask(info.title) + WEB_TITLE_SUFFIX,
      author: mask(info.author),
      subject: mask(info.subject),
      keywords: info.keywords.map(mask),
    },
    furniture: {
      ...furniture,
      header: maskHeader(furniture.header),
      ...(furniture.firstPageHeader
        ? { firstPageHeader: maskHeader(furniture.firstPageHeader) }
        : {}),
    },
    blocks: doc.blocks.map((b) => maskBlock(b, placeholders)),
  };
}
