import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ParagrafError } from '../../../shared/errors/paragrafError';

/**
 * The system browsers that can print, best first. The headless shell (Debian's
 * chromium-headless-shell, built from the same source as chromium) starts in about a third of
 * the full browser's time, which is most of a first export from the command line; with the
 * print flags it prints the same pages.
 */
export const SYSTEM_CHROMIUMS: readonly string[] = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

/**
 * The Chromium to print with: $PARAGRAF_CHROMIUM, then the system's (SYSTEM_CHROMIUMS), then one
 * installed by Playwright. Throws an ParagrafError that says how to get one when none is found.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const configured = env.PARAGRAF_CHROMIUM;
  if (configured) {
    if (exists(configured)) return configured;
    throw new ParagrafError(
      'browser-missing',
      `PARAGRAF_CHROMIUM points to ${configured}, which does not exist`,
      `Webbläsaren som PARAGRAF_CHROMIUM pekar på (${configured}) finns inte.`,
    );
  }
  const candidates = [...SYSTEM_CHROMIUMS];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // No Playwright-managed browser registered: fall through to the error below.
  }
  const found = candidates.find((c) => c && exists(c));
  if (found) return found;
  throw new ParagrafError(
    'browser-missing',
    'no Chromium found for PDF export: install one (Debian: apt-get install chromium-headless-shell or chromium; or: npx playwright install chromium) or set PARAGRAF_CHROMIUM to its path',
    'Ingen Chromium hittades för PDF-export. Installera Chromium eller ange sökvägen i PARAGRAF_CHROMIUM.',
  );
}
