/** Turns a self-contained HTML document into PDF bytes. One engine serves many exports. */
export interface PdfEngine {
  htmlToPdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}
