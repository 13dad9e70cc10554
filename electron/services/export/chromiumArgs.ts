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
