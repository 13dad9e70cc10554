/** Turns a self-contained HTML document into PDF bytes. One engine serves many exports. */
export interface PdfEngine {
  htmlToPdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
  /**
   * Lets the engine serve the font files of `fontDir` itself and returns their base URL (file name
   * appended); the HTML then references them there (much less to parse per export). An engine
   * without it gets the fonts inline as data: URLs.
   */
  serveFonts?(fontDir: string): string;
}
