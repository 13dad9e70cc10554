export {
  finishPdf,
  AppendixPdfError,
  PdfaWithAppendicesError,
  type FinishOptions,
} from './finishPdf';
export { APPENDIX_LIMITS, type AppendixLimits } from './appendixLimits';
export type { AppendixProblemKind } from './appendixProblem';
export { srgbIccProfile } from './srgbIccProfile';
export {
  installObjectStreamGuard,
  MAX_DECODED_OBJECT_STREAM_BYTES,
  type DecodedSize,
} from './objectStreamGuard';
