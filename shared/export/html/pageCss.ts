import type {
  FurniturePart,
  PageFurniture,
  PageHeader,
  PrintLogo,
} from '../../print/printDocument';
import { topMarginMm } from '../../print/brandingHeader';
import { cssString } from './escape';

/** Where the app's fonts come from: URLs (file, app protocol or data:) per style. */
export interface FontSources {
  family: string;
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

/**
 * Stands for the page total in a part of a document printed on its own (see withPageNumbers): a
 * CSS string no printed text can contain (control characters never reach the print).
 */
export const PAGE_TOTAL_PLACEHOLDER = '"\u0001total\u0001"';

/**
 * The CSS content value of a page-number label: "Sida " counter(page) " av " counter(pages), or
 * with the total left to be filled in (`partTotal`).
 */
export function pageNumberContent(parts: readonly FurniturePart[], partTotal = false): string {
  const total = partTotal ? PAGE_TOTAL_PLACEHOLDER : 'counter(pages)';
  return parts
    .map((p) => ('field' in p ? (p.field === 'page' ? 'counter(page)' : total) : cssString(p.text)))
    .join(' ');
}

/** A long word (a link, a name without spaces) wraps inside its box instead of widening the page. */
const WRAP = 'overflow-wrap: anywhere;';
const BOX = `white-space: pre-wrap; ${WRAP} font-size: 9pt; vertical-align: bottom; padding-bottom: 4mm;`;

/** CSS px per millimetre. */
const PX_PER_MM = 96 / 25.4;

/**
 * The logo as a margin-box image: a checked PNG as a data: URL (the print page's CSP admits
 * data: images only), its resolution set so it prints logo.heightMm high.
 */
function logoContent(logo: PrintLogo | undefined): string {
  if (!logo) return '';
  const density = logo.height / (logo.heightMm * PX_PER_MM);
  // The base64 alphabet needs no escaping inside a CSS string; cssString keeps that true anyway.
  return `image-set(url(${cssString(`data:image/png;base64,${logo.png}`)}) ${density.toFixed(4)}x) ${cssString('\n')} `;
}

function headerBoxes(header: PageHeader, partTotal: boolean): string {
  const right = [header.dateLabel, header.date];
  // The left block gets as many lines as the right one so both share their first line.
  // The draft mark goes above them (the boxes align at the bottom); the dnr under the organ.
  const left = [
    ...(header.mark ? [header.mark] : []),
    ...(header.organisation ? [header.organisation] : []),
    header.documentKind,
    header.organ,
    header.dnr ?? '\u00a0',
  ];
  return `
  @top-left { content: ${logoContent(header.logo)}${cssString(left.join('\n'))}; ${BOX} width: 120mm; }
  @top-right { content: ${cssString(`${right.join('\n')}\n`)} ${pageNumberContent(header.pageNumber, partTotal)};
    ${BOX} text-align: right; width: 50mm; }`;
}

/** Page 1 when it has a title block: its page number only. */
function firstPageBoxes(header: PageHeader, partTotal: boolean): string {
  const left = [
    ...(header.mark ? [header.mark] : []),
    ...(header.organisation ? [header.organisation] : []),
  ];
  const content =
    left.length > 0 || header.logo
      ? `${logoContent(header.logo)}${cssString(left.join('\n'))}`
      : 'none';
  return `
  @top-left { content: ${content}; ${BOX} width: 120mm; }
  @top-right { content: ${pageNumberContent(header.pageNumber, partTotal)}; ${WRAP} font-size: 9pt; text-align: right;
    vertical-align: top; padding-top: 10mm; width: 50mm; }`;
}

function footerBoxes(boxes: readonly string[]): string {
  const [left, right] = boxes;
  if (!left) return '';
  const box = (name: string, label: string) => `
  ${name} { content: ${cssString(label)}; ${WRAP} font-size: 7pt; vertical-align: top; text-align: left;
    border: 0.5pt solid #000; padding: 1mm 2mm; margin: 4mm ${name === '@bottom-left' ? '4mm 8mm 0' : '0 8mm 4mm'}; width: 78mm; }`;
  return box('@bottom-left', left) + (right ? box('@bottom-right', right) : '');
}

/**
 * The page furniture as CSS paged media: margin boxes with counter(page) / counter(pages), so the
 * layout engine itself prints the right "Sida x av y" on every page. For a part of a document
 * (`partTotal`) the total is a placeholder that withPageNumbers fills in.
 */
export function pageCss(furniture: PageFurniture, partTotal = false): string {
  const bottom = furniture.footerBoxes.length > 0 ? '30mm' : '20mm';
  const first = furniture.firstPageHeader
    ? `@page :first { ${firstPageBoxes(furniture.firstPageHeader, partTotal)} }`
    : '';
  return `@page { size: A4; margin: ${topMarginMm(furniture)}mm 20mm ${bottom} 25mm;
  ${headerBoxes(furniture.header, partTotal)}
  ${footerBoxes(furniture.footerBoxes)} }
${first}`;
}

/** @font-face rules for the shipped font, so every glyph comes from the embedded font. */
export function fontFaceCss(fonts: FontSources | undefined): string {
  if (!fonts) return '';
  const face = (src: string, weight: number, style: string) =>
    `@font-face { font-family: ${cssString(fonts.family)}; src: url(${cssString(src)}) format("truetype");
  font-weight: ${weight}; font-style: ${style}; }`;
  return [
    face(fonts.regular, 400, 'normal'),
    face(fonts.bold, 700, 'normal'),
    face(fonts.italic, 400, 'italic'),
    face(fonts.boldItalic, 700, 'italic'),
  ].join('\n');
}
