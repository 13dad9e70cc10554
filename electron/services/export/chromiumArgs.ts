/**
 * Flags for a headless Chromium on machines without a GPU, a shared-memory mount or network:
 * the print engine, the end-to-end harness and the browser-side unit tests all start it this way.
 */
export const HEADLESS_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The print engine's flags. Unhinted glyph advances make the headless shell lay out text exactly
 * as the full Chromium does (it hints by default, which moves line breaks); the full Chromium's
 * output does not change with it. Tested page by page in printWithHeadlessShell.test.ts.
 */
export const PRINT_CHROMIUM_ARGS: readonly string[] = [
  ...HEADLESS_CHROMIUM_ARGS,
  '--font-render-hinting=none',
];
