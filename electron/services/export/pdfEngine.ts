/** Turns a self-contained HTML document into PDF bytes. One engine serves many exports. */
export interface PdfEngine {
  /** The PDF of `html`. An engine with several lanes prints that many documents at once. */
  htmlToPdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
  /**
   * How many documents the engine prints at once, each in its own renderer process (1 when
   * absent). A long document with forced page breaks is printed in parts on them.
   */
  readonly lanes?: number;
  /**
   * Lets the engine serve the font files of `fontDir` itself and returns their base URL (file name
   * appended); the HTML then references them there (much less to parse per export). An engine
   * without it gets the fonts inline as data: URLs.
   */
  serveFonts?(fontDir: string): string;
}
