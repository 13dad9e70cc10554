import type { FurniturePart } from './printDocument';

/** Replaces {name} placeholders in a label; unknown placeholders are left as they are. */
export function fillLabel(label: string, values: Record<string, string>): string {
  return label.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Splits "Sida {page} av {pages}" into text and field parts for the page furniture. */
export function pageNumberParts(label: string): FurniturePart[] {
  const parts: FurniturePart[] = [];
  for (const piece of label.split(/(\{page\}|\{pages\})/)) {
    if (piece === '{page}') parts.push({ field: 'page' });
    else if (piece === '{pages}') parts.push({ field: 'pages' });
    else if (piece !== '') parts.push({ text: piece });
  }
  return parts;
}
