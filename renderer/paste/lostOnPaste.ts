import type { PasteReport } from './htmlToRichText';

/**
 * What a paste could not keep, so the secretary is told instead of finding it gone later:
 * images (the protokoll holds text; a picture goes in as a bilaga) and tables pasted as text
 * (layout tables of one row or column, such as an e-mail signature).
 */
export function lostOnPaste(
  html: string,
  files: readonly { type: string }[],
  report: PasteReport = { tablesAsText: 0 },
): string | null {
  const images =
    (html.match(/<img\b/gi)?.length ?? 0) + files.filter((f) => f.type.startsWith('image/')).length;
  const tables = report.tablesAsText;
  const said: string[] = [];
  if (images === 1) said.push('Bilden klistrades inte in');
  if (images > 1) said.push(`${images} bilder klistrades inte in`);
  if (tables > 0) said.push(tables === 1 ? 'tabellen blev text' : `${tables} tabeller blev text`);
  if (said.length === 0) return null;
  const text = said.join('; ');
  const advice = images > 0 ? ' Lägg en bild som bilaga (PDF).' : '';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.${advice}`;
}
