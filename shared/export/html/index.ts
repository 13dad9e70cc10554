export {
  FONT_STYLE_ID,
  PRINT_STYLE_ID,
  renderHtml,
  withPageNumbers,
  type HtmlOptions,
} from './renderHtml';
export type { FontSources } from './pageCss';
