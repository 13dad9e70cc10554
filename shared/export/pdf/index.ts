export { finishPdf, AppendixPdfError, type FinishOptions } from './finishPdf';
export { srgbIccProfile } from './srgbIccProfile';
