export { FONT_STYLE_ID, PRINT_STYLE_ID, renderHtml, type HtmlOptions } from './renderHtml';
export type { FontSources } from './pageCss';
