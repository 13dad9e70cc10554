import type { PrintDocument } from '../../print/printDocument';
import { documentCss } from './documentCss';
import { escapeHtml } from './escape';
import { fontFaceCss, pageCss, type FontSources } from './pageCss';
import { blockHtml } from './renderBlocks';

export interface HtmlOptions {
  /** The shipped font; without it the system's Liberation Sans / Arial is used. */
  fonts?: FontSources;
}

/** The print model as one self-contained HTML document: the PDF source and the app's preview. */
export function renderHtml(doc: PrintDocument, options: HtmlOptions = {}): string {
  const family = options.fonts?.family ?? 'Liberation Sans';
  const css = [fontFaceCss(options.fonts), pageCss(doc.furniture), documentCss(family)].join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(doc.info.language)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.info.title)}</title>
<style>${css}</style>
</head>
<body>
<main>
${doc.blocks.map(blockHtml).join('\n')}
</main>
</body>
</html>
`;
}
