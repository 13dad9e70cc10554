import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ParagrafError } from '../../../shared/errors/paragrafError';

/**
 * The Chromium to print with: $PARAGRAF_CHROMIUM, then the system /usr/bin/chromium, then one
 * installed by Playwright. Throws an ParagrafError that says how to get one when none is found.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.PARAGRAF_CHROMIUM;
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new ParagrafError(
      'browser-missing',
      `PARAGRAF_CHROMIUM points to ${configured}, which does not exist`,
      `Webbläsaren som PARAGRAF_CHROMIUM pekar på (${configured}) finns inte.`,
    );
  }
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // No Playwright-managed browser registered: fall through to the error below.
  }
  const found = candidates.find((c) => c && existsSync(c));
  if (found) return found;
  throw new ParagrafError(
    'browser-missing',
    'no Chromium found for PDF export: install one (Debian: apt-get install chromium; or: npx playwright install chromium) or set PARAGRAF_CHROMIUM to its path',
    'Ingen Chromium hittades för PDF-export. Installera Chromium eller ange sökvägen i PARAGRAF_CHROMIUM.',
  );
}
