import { constants, inflateRawSync } from 'node:zlib';
import { isUnsafeEntryName } from '../wordImport/unzipDocx';

/** Limits no member list comes near; beyond them a spreadsheet is refused, not unpacked. */
export const XLSX_LIMITS = {
  /** All XML parts together, as they really inflate (whatever sizes the file declares). */
  unzippedBytes: 20_000_000,
  entries: 2000,
};

/** A spreadsheet that is damaged, hostile or too large to be a member list. */
export class XlsxRefusedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'XlsxRefusedError';
  }
}

/** The parts the spreadsheet reader uses; pictures and printer settings are never unpacked. */
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

function endOfCentralDirectory(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= lowest; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw new XlsxRefusedError('no end of central directory');
}

interface Part {
  name: string;
  data: Buffer;
}

/**
 * The XML parts of an XLSX, read from its central directory and inflated by zlib with a hard
 * limit on what they really inflate to. The local headers' sizes and data descriptors, which a
 * streaming reader would trust, are never used.
 */
export function xlsxParts(zip: Buffer): Part[] {
  const end = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new XlsxRefusedError('zip64');
  if (count > XLSX_LIMITS.entries) throw new XlsxRefusedError(`${count} entries`);
  let budget = XLSX_LIMITS.unzippedBytes;
  const parts: Part[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) {
      throw new XlsxRefusedError('bad central directory');
    }
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (isUnsafeEntryName(name)) throw new XlsxRefusedError(`unsafe name ${JSON.stringify(name)}`);
    if (!isXmlPart(name)) continue;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) {
      throw new XlsxRefusedError(`bad local header for ${name}`);
    }
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressedSize > zip.length) throw new XlsxRefusedError(`${name} is cut off`);
    const raw = zip.subarray(start, start + compressedSize);
    const data = inflatePart(raw, method, name, budget);
    budget -= data.length;
    parts.push({ name, data });
  }
  return parts;
}

function inflatePart(raw: Buffer, method: number, name: string, budget: number): Buffer {
  const tooLarge = () =>
    new XlsxRefusedError(`the parts inflate past ${XLSX_LIMITS.unzippedBytes} bytes`);
  if (method === 0) {
    if (raw.length > budget) throw tooLarge();
    return raw;
  }
  if (method !== 8) throw new XlsxRefusedError(`${name}: method ${method}`);
  try {
    return inflateRawSync(raw, {
      maxOutputLength: Math.max(1, budget),
      finishFlush: constants.Z_SYNC_FLUSH,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw new XlsxRefusedError(`${name}: ${(error as Error).message}`);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The parts as a stored (uncompressed) zip whose every header tells the truth. */
export function storedZip(parts: readonly Part[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The spreadsheet rebuilt from its checked parts, for a reader that streams local headers: it
 * then only ever sees sizes that are true and within the limit.
 */
export function safeXlsx(zip: Uint8Array): Buffer {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new XlsxRefusedError('not a zip');
  }
  return storedZip(xlsxParts(bytes));
}
