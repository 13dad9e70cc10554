const SECTION_LABELS: Record<string, string> = {
  meeting: 'Mötesuppgifter',
  attendance: 'Närvaro',
  items: 'Ärenden',
  signatures: 'Underskrifter',
};

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"], button:not([disabled])';

/**
 * After switching section the focus goes to its first field, so keyboard users continue there
 * and screen readers announce where they are. Waits (a few frames at most) for the section.
 */
export function focusSection(section: string, attempts = 20): void {
  requestAnimationFrame(() => {
    const label = SECTION_LABELS[section] ?? '';
    const main = document.querySelector<HTMLElement>(`main[aria-label="${label}"]`);
    const first = main?.querySelector<HTMLElement>(FOCUSABLE);
    if (first) first.focus();
    else if (attempts > 0) focusSection(section, attempts - 1);
  });
}
