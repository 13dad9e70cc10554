import type { Protocol } from '../protocol/protocol';

/** Characters Windows, macOS or Linux refuse in file names, and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM = 150;

/**
 * A file name made of parts, safe on every file system: "Protokollsutdrag § 49 Kommunstyrelsen
 * 2020-12-16.pdf". Forbidden characters become spaces; `fallback` stands in for an empty name.
 */
export function safeFileName(parts: readonly string[], ext: string, fallback: string): string {
  let stem = parts
    .map((p) => p.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join(' ');
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).trim();
  // Trailing dots and spaces vanish on Windows; a leading dot hides the file elsewhere.
  stem = stem.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (stem === '' || RESERVED.test(stem)) stem = `${fallback}${stem ? ` ${stem}` : ''}`;
  return `${stem}.${ext}`;
}

/**
 * "Kallelse Kommunstyrelsen 2020-12-16.pdf": the kind, `extra` (e.g. "§ 49"), body, date, then
 * `after` (e.g. the recipient of an extract, or "webbversion").
 */
export function documentFileName(
  protocol: Protocol,
  documentKind: string,
  ext: string,
  extra: readonly string[] = [],
  after: readonly string[] = [],
): string {
  const { body, date } = protocol.meeting;
  const parts = [documentKind, ...extra, body, date, ...after];
  return safeFileName(parts, ext, documentKind || 'Dokument');
}
