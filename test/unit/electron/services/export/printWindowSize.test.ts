import { describe, expect, it } from 'vitest';
import {
  PRINT_WINDOW_SIZE,
  printShellHtml,
} from '../../../../../electron/services/export/printPage';

/** CSS px per mm. */
const PX_PER_MM = 96 / 25.4;

/**
 * The shell hides the body for print media as small as the print window, so Chromium's layout at
 * the window's size (never printed) does no work; the paginated layout must never match it.
 */
describe('the print window', () => {
  it('is lower than any page, A5 landscape included, so a page is never hidden', () => {
    expect(PRINT_WINDOW_SIZE.height).toBeLessThan(148 * PX_PER_MM);
  });

  it('hides the body on screen and for print media of the window’s height only', () => {
    const shell = printShellHtml("default-src 'none'");
    expect(shell).toContain(
      `@media screen, print and (max-height: ${PRINT_WINDOW_SIZE.height}px) { body { display: none; } }`,
    );
  });
});
