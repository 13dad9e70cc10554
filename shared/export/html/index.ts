export { renderHtml, type HtmlOptions } from './renderHtml';
export type { FontSources } from './pageCss';
