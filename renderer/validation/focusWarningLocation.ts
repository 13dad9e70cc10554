import type { WarningLocation } from '../../shared/validation/validateProtocol';
import { sectionOfLocation, type WarningSection } from './validationEntries';

/** Visible field labels by the field names the validation uses. */
const FIELD_LABELS: Record<string, string> = {
  body: 'Organ',
  date: 'Sammanträdesdatum',
  startTime: 'Starttid',
  endTime: 'Sluttid',
  place: 'Plats',
  dnr: 'Diarienummer',
  secretary: 'Sekreterare',
  chair: 'Ordförande',
  adjusters: 'Justerare',
  adjustmentDate: 'Justeringsdatum',
  adjustmentPlace: 'Justeringsplats',
  postedDate: 'Anslaget sätts upp',
  removalDate: 'Anslaget tas ned',
  storageLocation: 'Förvaringsplats för protokollet',
  certifiedBy: 'Intygas av',
};

const SECTION_LABELS: Record<WarningSection, string> = {
  meeting: 'Mötesuppgifter',
  attendance: 'Närvaro',
  items: 'Ärenden',
  signatures: 'Underskrifter',
};

function controlLabelled(main: HTMLElement, text: string): HTMLElement | null {
  for (const label of Array.from(main.querySelectorAll<HTMLLabelElement>('label'))) {
    if (!label.textContent?.trim().startsWith(text)) continue;
    const control = label.control ?? label.querySelector<HTMLElement>('input, select, textarea');
    if (control) return control;
  }
  return null;
}

/** A group of fields under a legend ("Justerare"): its first usable control, or the group. */
function controlInGroup(main: HTMLElement, text: string): HTMLElement | null {
  for (const legend of Array.from(main.querySelectorAll('fieldset > legend'))) {
    if (!legend.textContent?.trim().startsWith(text)) continue;
    const group = legend.parentElement as HTMLElement;
    return (
      group.querySelector<HTMLElement>(
        'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])',
      ) ?? group
    );
  }
  return null;
}

function target(location: WarningLocation): HTMLElement | null {
  // Only once the editor shows the warning's section (it renders after the navigation).
  const label = SECTION_LABELS[sectionOfLocation(location)];
  const main = document.querySelector<HTMLElement>(`main[aria-label="${label}"]`);
  if (!main) return null;
  const id = location.id ? CSS.escape(location.id) : '';
  if (location.kind === 'item' && id) {
    // The field itself when the item shows it (a decision's att-sats), else the item's title.
    const field = location.field
      ? main.querySelector<HTMLElement>(
          `[data-item-id="${id}"] [data-field="${CSS.escape(location.field)}"]`,
        )
      : null;
    return (
      field ?? main.querySelector<HTMLElement>(`[data-item-title="${id}"], [data-item-id="${id}"]`)
    );
  }
  if (location.kind === 'person' && id) {
    const row = main.querySelector<HTMLElement>(`[data-person-id="${id}"]`);
    return row?.querySelector<HTMLElement>('input, select, button') ?? row ?? null;
  }
  const field = location.field?.replace(/\[.*$/, '').split('.')[0] ?? '';
  const fieldLabel = FIELD_LABELS[field];
  if (fieldLabel) {
    const control = controlLabelled(main, fieldLabel) ?? controlInGroup(main, fieldLabel);
    if (control) return control;
  }
  return main.querySelector<HTMLElement>('h2');
}

/**
 * Moves the keyboard focus to a warning's place once the editor shows it (the section may
 * render a frame or two after the navigation). Gives up quietly after about half a second.
 */
export function focusWarningLocation(
  location: WarningLocation,
  attempts = 30,
  options: { focus?: boolean } = {},
): void {
  const element = target(location);
  if (!element) {
    if (attempts > 0)
      requestAnimationFrame(() => focusWarningLocation(location, attempts - 1, options));
    return;
  }
  if (options.focus === false) {
    // Shown, not focused (find keeps the focus in its own field): scrolled to and outlined.
    element.scrollIntoView({ block: 'center' });
    document.querySelectorAll('.find-hit').forEach((e) => e.classList.remove('find-hit'));
    element.classList.add('find-hit');
    return;
  }
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.scrollIntoView({ block: 'center' });
  element.focus();
}
