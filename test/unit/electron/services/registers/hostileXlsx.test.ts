import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { importRegisterFile } from '../../../../../electron/services/registers/importRegisterFile';
import { XLSX_LIMITS } from '../../../../../electron/services/registers/xlsxParts';
import { nodeFs } from '../../../../../electron/services/files/fsLayer';
import { MEMBER_LIST_HEADER, memberListRows } from '../../../../generate/memberList';

interface Part {
  name: string;
  data: Buffer;
}

/** How a hostile spreadsheet lies about the size of its parts. */
type Lie =
  | 'honest'
  /** Local headers say "sizes follow" (bit 3) and give 0; the directory claims 100 bytes. */
  | 'data-descriptor'
  /** Local headers tell the truth, the central directory claims 100 bytes. */
  | 'small-directory'
  /** The directory claims 100 bytes, local headers claim almost 4 GB. */
  | 'huge-local';

function partsOf(zip: Buffer): Part[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
  let at = zip.readUInt32LE(end + 16);
  const parts: Part[] = [];
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + zip.readUInt32LE(at + 20));
    parts.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      data: zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(raw) : raw,
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts;
}

/** A zip of the parts, deflated, whose headers lie as asked. */
function lyingZip(parts: readonly Part[], lie: Lie): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const body = deflateRawSync(part.data);
    const flags = lie === 'data-descriptor' ? 0x0808 : 0x0800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    if (lie !== 'data-descriptor') {
      local.writeUInt32LE(body.length, 18);
      local.writeUInt32LE(lie === 'huge-local' ? 0xfffffff0 : part.data.length, 22);
    }
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(lie === 'data-descriptor' ? 16 : 0);
    if (descriptor.length) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(body.length, 8);
      descriptor.writeUInt32LE(100, 12);
    }
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(flags, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(lie === 'honest' ? part.data.length : 100, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, body, descriptor);
    central.push(dir, name);
    offset += 30 + name.length + body.length + descriptor.length;
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

/** The member list's sheet with `padding` bytes of blank space, which inflates from almost nothing. */
function padded(parts: readonly Part[], padding: number): Part[] {
  return parts.map((part) => {
    if (!part.name.includes('worksheets/sheet')) return part;
    const xml = part.data.toString('utf8');
    const at = xml.lastIndexOf('</worksheet>');
    return {
      name: part.name,
      data: Buffer.concat([
        Buffer.from(xml.slice(0, at)),
        Buffer.alloc(padding, 0x20),
        Buffer.from(xml.slice(at)),
      ]),
    };
  });
}

async function memberListParts(): Promise<Part[]> {
  const rows = [MEMBER_LIST_HEADER, ...memberListRows()];
  return partsOf(await writeXlsxFile(rows.map((r) => r.map((value) => ({ value })))).toBuffer());
}

async function importBytes(bytes: Buffer) {
  const file = join(await mkdtemp(join(tmpdir(), 'paragraf-xlsx-')), 'ledamöter.xlsx');
  await writeFile(file, bytes);
  return importRegisterFile(nodeFs, file, 'Socialnämnden', new Date());
}

const LIES: Lie[] = ['honest', 'data-descriptor', 'small-directory', 'huge-local'];

describe('a hostile XLSX member list', () => {
  it.each(LIES)('is read from what it really holds when its headers lie (%s)', async (lie) => {
    const read = await importBytes(lyingZip(await memberListParts(), lie));
    expect(read.register.people).toHaveLength(26);
  });

  it.each(LIES)('is refused when it really inflates past the limit (%s)', async (lie) => {
    const bomb = lyingZip(padded(await memberListParts(), XLSX_LIMITS.unzippedBytes + 1), lie);
    expect(bomb.length).toBeLessThan(XLSX_LIMITS.unzippedBytes / 100);
    await expect(importBytes(bomb)).rejects.toMatchObject({
      code: 'register-import-refused',
      en: expect.stringContaining('inflate past'),
      sv: expect.stringContaining('för stor för att vara en ledamotslista'),
    });
  });
});
