export { PreviewDialog } from './PreviewDialog';
export { PreviewHost } from './PreviewHost';
export { PreviewPage } from './PreviewPage';
export { openPdf, pageText, type PdfDocument } from './pdfDocument';
