import type { Protocol } from '../protocol/protocol';

export type ExportExtension = 'pdf' | 'docx' | 'protokoll' | 'xlsx' | 'csv' | 'ledamotsregister';

/** Characters Windows, macOS or Linux refuse in file names, and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM = 150;

/**
 * The name offered in the save dialog, e.g. "Protokoll Kommunstyrelsen 2024-03-12.pdf":
 * document kind, body and date, made safe for every file system; "rättad" after a rättelse.
 */
export function suggestedExportName(protocol: Protocol, ext: ExportExtension): string {
  const { documentKind, body, date } = protocol.meeting;
  // An export after a rättelse must not be mistaken for the one first sent out.
  const corrected = ext !== 'protokoll' && protocol.corrections.length > 0 ? ['rättad'] : [];
  return safeFileName([documentKind, body, date, ...corrected], 'Protokoll', ext);
}

/** Parts joined into a file name safe everywhere; `fallback` leads when nothing usable is left. */
export function safeFileName(parts: readonly string[], fallback: string, ext: ExportExtension) {
  let stem = parts
    .map((p) => p.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join(' ');
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).trim();
  // Trailing dots and spaces vanish on Windows; a leading dot hides the file elsewhere.
  stem = stem.replace(/[. ]+$/, '').replace(/^\.+/, '');
  if (stem === '' || RESERVED.test(stem)) stem = `${fallback}${stem ? ` ${stem}` : ''}`;
  return `${stem}.${ext}`;
}

/** "Protokoll Kommunstyrelsen 2024-03-12 webbversion.pdf": the web version beside the full one. */
export function suggestedWebPdfName(protocol: Protocol): string {
  return suggestedExportName(protocol, 'pdf').replace(/\.pdf$/, ' webbversion.pdf');
}
