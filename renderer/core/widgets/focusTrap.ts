import { wrapTarget } from './wrapTarget';

/** Controls that can take the focus with Tab, in document order. */
const FOCUSABLE =
  'button, [href], input, select, textarea, details > summary, [tabindex]:not([tabindex="-1"])';

export function focusableIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.hasAttribute('disabled') && el.getAttribute('aria-hidden') !== 'true',
  );
}

/** A keydown handler for a modal: keeps Tab and Shift+Tab among the modal's own controls. */
export function trapTab(
  e: { key: string; shiftKey: boolean; preventDefault(): void },
  root: HTMLElement | null,
): void {
  if (e.key !== 'Tab' || !root) return;
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const target = wrapTarget(focusableIn(root), active, e.shiftKey);
  if (!target) return;
  e.preventDefault();
  target.focus();
}
