/** Turns a self-contained HTML document into PDF bytes. One engine serves many exports. */
export interface PdfEngine {
  htmlToPdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
  /**
   * How the HTML should reference the shipped fonts: "file" URLs when the engine loads the page
   * from a file and may read local fonts (much less to parse per export), else inline data: URLs.
   */
  readonly fontUrls?: 'file' | 'inline';
}
