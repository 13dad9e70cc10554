export { PreviewDialog } from './PreviewDialog';
export { PreviewHost } from './PreviewHost';
export { openPdf, pageText, type PdfDocument } from './pdfDocument';
