export {
  finishPdf,
  AppendixPdfError,
  PdfaWithAppendicesError,
  type FinishOptions,
} from './finishPdf';
export { APPENDIX_LIMITS, type AppendixLimits } from './appendixLimits';
export type { AppendixProblemKind } from './appendixProblem';
export { srgbIccProfile } from './srgbIccProfile';
