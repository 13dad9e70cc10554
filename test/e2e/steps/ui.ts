import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Goes to a section of the editor through the side navigation. */
export async function openSection(
  page: Page,
  name: 'Mötesuppgifter' | 'Närvaro' | 'Ärenden' | 'Underskrifter',
) {
  await page
    .getByRole('navigation', { name: 'Delar av protokollet' })
    .getByRole('button', { name: new RegExp(`^${name}( \\d+)?$`) })
    .click();
}

/** Waits until the top bar says the draft is saved ("Sparat 14.02"). */
export async function waitUntilSaved(page: Page) {
  await expect
    .poll(() => page.getByTestId('save-status').textContent(), { timeout: 15_000 })
    .toMatch(/^Sparat( \d\d\.\d\d)?$/);
}

/**
 * Waits for "Exporterat till <file>" (an earlier export's notice may still be on screen),
 * accepting the validation dialog whenever it asks.
 */
export async function waitExported(page: Page, file: string) {
  const done = page.getByText(`Exporterat till ${file}`);
  const anyway = page.getByRole('button', { name: 'Exportera ändå' });
  await expect
    .poll(
      async () => {
        if (await anyway.isVisible()) await anyway.click();
        return done.isVisible();
      },
      { timeout: 120_000, interval: 300 },
    )
    .toBe(true);
}

/** Clicks an export button and waits until `file` is written (see waitExported). */
export async function exportVia(
  page: Page,
  button: 'Exportera PDF' | 'Exportera Word',
  file: string,
) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await waitExported(page, file);
}

/** Clicks into a Slate editor and waits until the browser selection is inside it. */
export async function focusSlate(page: Page, label: string) {
  const editor = page.getByLabel(label, { exact: true });
  await editor.click();
  // Slate moves the DOM selection after the click; typing before that lands nowhere.
  await page.waitForFunction((name) => {
    type Node = object;
    const doc = (globalThis as unknown as { document: DocumentLike }).document;
    interface DocumentLike {
      querySelector(s: string): { contains(n: Node): boolean } | null;
      getSelection(): { anchorNode: Node | null } | null;
    }
    const el = doc.querySelector(`[aria-label="${name}"]`);
    const anchor = doc.getSelection()?.anchorNode;
    return !!el && !!anchor && el.contains(anchor);
  }, label);
  return editor;
}
