import { constants, inflateRawSync } from 'node:zlib';
import type { DocxParts } from '../../../shared/wordImport/documentBlocks';
import { wordImportError } from '../../../shared/wordImport/wordImportError';

/** Limits a protokoll never comes near; beyond them a file is refused, not read. */
export const DOCX_LIMITS = {
  /** The .docx itself. */
  fileBytes: 50 * 1024 * 1024,
  /** One unpacked part (word/document.xml of a 500-page protokoll is about 10 MB). */
  partBytes: 64 * 1024 * 1024,
  /** One unpacked page header (a few kilobytes in any real protokoll; up to six are read). */
  headerBytes: 2 * 1024 * 1024,
  entries: 10_000,
};

const PARTS = {
  document: 'word/document.xml',
  styles: 'word/styles.xml',
  numbering: 'word/numbering.xml',
};

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** A part name that could leave the folder it is unpacked into ("../", "/etc", "C:\"). */
export function isUnsafeEntryName(name: string): boolean {
  return (
    name.length === 0 ||
    name.includes('\0') ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').some((seg) => seg === '..')
  );
}

function endOfCentralDirectory(data: Buffer): number {
  const stop = Math.max(0, data.length - 65_557);
  for (let i = data.length - 22; i >= stop; i--) {
    if (data.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw wordImportError('damaged', 'no end of central directory');
}

function entries(data: Buffer): Entry[] {
  const eocd = endOfCentralDirectory(data);
  const count = data.readUInt16LE(eocd + 10);
  const offset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw wordImportError('too-large', 'zip64');
  if (count > DOCX_LIMITS.entries) throw wordImportError('zip-bomb', `${count} entries`);
  const out: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== 0x02014b50) {
      throw wordImportError('damaged', 'bad central directory');
    }
    const nameLength = data.readUInt16LE(p + 28);
    const name = data.toString('utf8', p + 46, p + 46 + nameLength);
    out.push({
      name,
      method: data.readUInt16LE(p + 10),
      compressedSize: data.readUInt32LE(p + 20),
      size: data.readUInt32LE(p + 24),
      localOffset: data.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32);
  }
  return out;
}

function inflate(data: Buffer, entry: Entry, limit: number = DOCX_LIMITS.partBytes): Buffer {
  const p = entry.localOffset;
  if (p + 30 > data.length || data.readUInt32LE(p) !== 0x04034b50) {
    throw wordImportError('damaged', `bad local header for ${entry.name}`);
  }
  const start = p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) throw wordImportError('damaged', `${entry.name} is cut off`);
  const raw = data.subarray(start, end);
  if (entry.size > limit || (entry.method === 0 && raw.length > limit)) {
    throw wordImportError('zip-bomb', `${entry.name} declares ${entry.size} bytes`);
  }
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw wordImportError('damaged', `${entry.name}: method ${entry.method}`);
  try {
    // The declared size may lie: zlib itself stops at the limit.
    return inflateRawSync(raw, {
      maxOutputLength: limit,
      finishFlush: constants.Z_SYNC_FLUSH,
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw wordImportError('zip-bomb', `${entry.name} inflates past ${limit} bytes`);
    }
    throw wordImportError('damaged', `${entry.name}: ${(err as Error).message}`);
  }
}

/** The main document part the package names ("word/document.xml", or another name some tools use). */
function mainPartName(rels: string | undefined): string | undefined {
  if (!rels) return undefined;
  const m = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels);
  const target = m && /\bTarget="([^"]+)"/.exec(m[0])?.[1];
  const name = target?.replace(/^\//, '');
  return name && !isUnsafeEntryName(name) && name.endsWith('.xml') ? name : undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function text(bytes: Buffer, name: string): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw wordImportError('bad-xml', `${name} is not UTF-8`);
  }
}

/**
 * The text parts of a .docx, read straight from the zip's central directory. Refuses what is not
 * a zip (naming an old .doc), unsafe part names, too many parts, and parts that inflate past the
 * limit whatever size they declare. Nothing is written to disk.
 */
export function unzipDocx(data: Buffer): DocxParts {
  if (data.length > DOCX_LIMITS.fileBytes)
    throw wordImportError('too-large', `${data.length} bytes`);
  if (data.length >= 8 && data.readUInt32BE(0) === 0xd0cf11e0) throw wordImportError('word-97');
  if (data.length < 22 || data.readUInt32LE(0) !== 0x04034b50) {
    if (data.length >= 22 && data.readUInt32LE(0) === 0x06054b50)
      throw wordImportError('no-document');
    throw wordImportError('not-a-zip');
  }
  const list = entries(data);
  const unsafe = list.find((e) => isUnsafeEntryName(e.name));
  if (unsafe) throw wordImportError('unsafe-name', JSON.stringify(unsafe.name));
  const read = (name: string) => {
    const entry = list.find((e) => e.name === name);
    return entry ? text(inflate(data, entry), name) : undefined;
  };
  const document =
    read(mainPartName(read('_rels/.rels')) ?? PARTS.document) ?? read(PARTS.document);
  if (document === undefined) throw wordImportError('no-document');
  const styles = read(PARTS.styles);
  const numbering = read(PARTS.numbering);
  const headers = list
    .filter((e) => /^word\/header\d{0,3}\.xml$/.test(e.name))
    .slice(0, 6)
    .map((e) => text(inflate(data, e, DOCX_LIMITS.headerBytes), e.name));
  return {
    headers,
    document,
    ...(styles !== undefined ? { styles } : {}),
    ...(numbering !== undefined ? { numbering } : {}),
  };
}
