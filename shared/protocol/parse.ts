import { withoutForbiddenCharacters } from './forbiddenCharacters';
import { formatPath, type LoadError, type LoadResult } from './loadError';
import { migrate, MIGRATIONS, type Migration } from './migrations';
import { CURRENT_SCHEMA_VERSION, protocolSchema, type Protocol } from './protocol';

/** Larger files are refused before parsing; a 150-item protokoll is well under 2 MB. */
export const MAX_PROTOCOL_BYTES = 20 * 1024 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

function fail(code: LoadError['code'], en: string, sv: string, path?: string): LoadResult<never> {
  return { ok: false, error: { code, en, sv, ...(path ? { path } : {}) } };
}

/** Parses JSON, refusing keys that could pollute prototypes when the data is later spread. */
function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
    return value;
  });
}

function invalid(issue: { path: PropertyKey[]; message: string }): LoadResult<never> {
  const path = formatPath(issue.path);
  return fail(
    'invalid',
    `invalid protokoll: ${path}: ${issue.message}`,
    `Protokollet har ett fel i fältet ${path}.`,
    path,
  );
}

/**
 * Turns the text of a .protokoll file into a valid, current Protocol, or says why not.
 * Never throws; the caller decides what to do with the original file.
 */
export function parseProtocolText(
  text: string,
  chain: Readonly<Record<number, Migration>> = MIGRATIONS,
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): LoadResult<Protocol> {
  if (text.length > MAX_PROTOCOL_BYTES) {
    const mb = (text.length / 1024 / 1024).toFixed(0);
    return fail(
      'too-large',
      `file is too large (${mb} MB; at most ${MAX_PROTOCOL_BYTES / 1024 / 1024} MB) to be a protokoll`,
      `Filen är för stor (${mb} MB) för att vara ett protokoll.`,
    );
  }
  let data: unknown;
  try {
    data = parseJsonSafely(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    if (err instanceof ForbiddenKeyError) {
      return fail(
        'forbidden-key',
        `file contains the forbidden key "${err.key}"`,
        `Filen innehåller den otillåtna nyckeln "${err.key}" och öppnas inte.`,
      );
    }
    // JSON.parse quotes the offending text, which may span lines: keep the message on one line.
    const detail = (err instanceof Error ? err.message : String(err))
      .replace(/\s+/g, ' ')
      .slice(0, 200);
    return fail(
      'not-json',
      `not a protokoll file: the content is not valid JSON (${detail})`,
      'Filen är inte ett Paragraf-protokoll (innehållet är skadat eller av fel typ).',
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(
      'not-object',
      'not a protokoll file: the JSON is not an object',
      'Filen är inte ett Paragraf-protokoll.',
    );
  }
  const doc = data as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(
      'no-version',
      'not a protokoll file: "schemaVersion" is missing or not a whole number',
      'Filen är inte ett Paragraf-protokoll (versionsuppgift saknas).',
      'schemaVersion',
    );
  }
  if (version > currentVersion) {
    return fail(
      'newer-version',
      `the file was created by a newer version of Paragraf (schema version ${version}; this version reads up to ${currentVersion})`,
      'Filen är skapad av en nyare version av Paragraf. Uppdatera Paragraf för att öppna den.',
      'schemaVersion',
    );
  }
  let current = doc;
  if (version < currentVersion) {
    try {
      current = migrate(doc, version, currentVersion, chain);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      return fail(
        'invalid',
        `cannot upgrade the file from schema version ${version}: ${detail}`,
        `Filen är från en äldre version av Paragraf och kunde inte uppgraderas.`,
        'schemaVersion',
      );
    }
  }
  const result = protocolSchema.safeParse(current);
  if (!result.success) return invalid(result.error.issues[0]!);
  // Characters no document may hold (XML 1.0) go on load, so no exporter ever sees them. Only
  // after validation, so an id or date holding one is refused rather than repaired; and checked
  // again, as a text may now be empty.
  const cleaned = withoutForbiddenCharacters(result.data);
  let value = result.data;
  if (cleaned.removed > 0) {
    const again = protocolSchema.safeParse(cleaned.value);
    if (!again.success) return invalid(again.error.issues[0]!);
    value = again.data;
  }
  const removed = cleaned.removed > 0 ? { removedCharacters: cleaned.removed } : {};
  return version < currentVersion
    ? { ok: true, value, migratedFrom: version, ...removed }
    : { ok: true, value, ...removed };
}

/** Serialises a protocol the way it is stored: UTF-8 JSON, two-space indent, trailing newline. */
export function serializeProtocol(protocol: Protocol): string {
  return `${JSON.stringify(protocol, null, 2)}\n`;
}
