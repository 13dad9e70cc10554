import type { WarningLocation } from '../../shared/validation/validateProtocol';

/** Visible field labels by the field names the validation uses. */
const FIELD_LABELS: Record<string, string> = {
  body: 'Organ',
  date: 'Sammanträdesdatum',
  startTime: 'Starttid',
  endTime: 'Sluttid',
  place: 'Plats',
  secretary: 'Sekreterare',
  chair: 'Ordförande',
  adjusters: 'Justerare',
  adjustmentDate: 'Justeringsdatum',
  adjustmentPlace: 'Justeringsplats',
  postedDate: 'Anslaget',
  removalDate: 'Nedtaget',
};

function controlLabelled(text: string): HTMLElement | null {
  for (const label of Array.from(document.querySelectorAll<HTMLLabelElement>('main label'))) {
    if (!label.textContent?.trim().startsWith(text)) continue;
    const control = label.control ?? label.querySelector<HTMLElement>('input, select, textarea');
    if (control) return control;
  }
  return null;
}

function target(location: WarningLocation): HTMLElement | null {
  const id = location.id ? CSS.escape(location.id) : '';
  if (location.kind === 'item' && id) {
    return document.querySelector<HTMLElement>(`[data-item-title="${id}"], [data-item-id="${id}"]`);
  }
  if (location.kind === 'person' && id) {
    const row = document.querySelector<HTMLElement>(`[data-person-id="${id}"]`);
    return row?.querySelector<HTMLElement>('input, select, button') ?? row ?? null;
  }
  const field = location.field?.replace(/\[.*$/, '').split('.')[0] ?? '';
  const label = FIELD_LABELS[field];
  return (label && controlLabelled(label)) || document.querySelector<HTMLElement>('main h2');
}

/**
 * Moves the keyboard focus to a warning's place once the editor shows it (the section may
 * render a frame or two after the navigation). Gives up quietly after about half a second.
 */
export function focusWarningLocation(location: WarningLocation, attempts = 30): void {
  const element = target(location);
  if (!element) {
    if (attempts > 0) requestAnimationFrame(() => focusWarningLocation(location, attempts - 1));
    return;
  }
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.scrollIntoView({ block: 'center' });
  element.focus();
}
