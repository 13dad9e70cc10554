import { describe, expect, it } from 'vitest';
import { importWordBytes } from '../../../../../electron/services/wordImport/importWordFile';
import { DOCX_LIMITS } from '../../../../../electron/services/wordImport/unzipDocx';
import { ParagrafError } from '../../../../../shared/errors/paragrafError';
import { protocolSchema } from '../../../../../shared/protocol/protocol';
import { seededRandom } from '../../../../generate/random';
import { buildZip, documentXml } from './zipBuilder';
import { wordMadeNorrbotten } from './wordMadeNorrbotten';
import { loadFixture } from '../../../../fixtures/loadFixture';

/** The refusal a hostile file gets: a ParagrafError with its code and both languages. */
function refusal(data: Buffer): ParagrafError {
  try {
    importWordBytes(data);
  } catch (err) {
    expect(err).toBeInstanceOf(ParagrafError);
    const e = err as ParagrafError;
    expect(e.code).toMatch(/^word-import-/);
    expect(e.en.length).toBeGreaterThan(10);
    expect(e.sv.length).toBeGreaterThan(10);
    return e;
  }
  throw new Error('the file was imported');
}

const ITEM = ['§ 1 Val av justerare', 'Beslut', 'att välja Anna'];
const docx = (xml: string, extra: { name: string; data: Buffer }[] = []) =>
  buildZip([{ name: 'word/document.xml', data: Buffer.from(xml) }, ...extra]);

describe('a hostile .docx is refused with a clear message', () => {
  it('imports the plain document these cases start from', () => {
    const { protocol } = importWordBytes(docx(documentXml(ITEM)));
    expect(protocol.items[0]!.decision?.attSatser).toEqual(['att välja Anna']);
  });

  it('refuses random bytes, and names an old .doc', () => {
    const random = seededRandom(7);
    for (let n = 0; n < 50; n++) {
      const bytes = Buffer.from(
        Array.from({ length: 1 + Math.floor(random() * 4000) }, () => Math.floor(random() * 256)),
      );
      expect(refusal(bytes).code).toBe('word-import-not-a-zip');
      const doc = Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        bytes,
      ]);
      expect(refusal(doc).code).toBe('word-import-word-97');
    }
  });

  it('refuses every DTD, entity expansion and external entity', () => {
    const prologs = [
      '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
      '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
      '<!DOCTYPE w:document SYSTEM "http://example.invalid/x.dtd">',
      '<!ENTITY x "y">',
    ];
    for (const prolog of prologs) {
      expect(refusal(docx(documentXml(ITEM, prolog))).code).toBe('word-import-dtd');
      // An entity reference without a DTD is not well-formed.
      expect(refusal(docx(documentXml(ITEM).replace('Beslut', '&x;'))).code).toBe(
        'word-import-bad-xml',
      );
    }
  });

  it('refuses part names that leave the folder, whatever they are built from', () => {
    const random = seededRandom(3);
    const pieces = ['..', '/', '\\', 'C:', 'word', 'x.xml', '\0', '.', ''];
    let refused = 0;
    for (let n = 0; n < 200; n++) {
      const name = Array.from(
        { length: 1 + Math.floor(random() * 4) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join(random() < 0.5 ? '/' : '');
      const unsafe =
        name === '' ||
        name.includes('\0') ||
        name.includes('\\') ||
        name.startsWith('/') ||
        /^[a-zA-Z]:/.test(name) ||
        name.split('/').includes('..');
      const file = docx(documentXml(ITEM), [{ name, data: Buffer.from('x') }]);
      if (unsafe) {
        expect(refusal(file).code).toBe('word-import-unsafe-name');
        refused++;
      } else expect(() => importWordBytes(file)).not.toThrow();
    }
    expect(refused).toBeGreaterThan(50);
  });

  it('stops inflating a part at the limit, whatever size it declares', () => {
    const huge = Buffer.alloc(DOCX_LIMITS.partBytes + 1024, 0x20);
    const lying = buildZip([{ name: 'word/document.xml', data: huge, declaredSize: 1000 }]);
    expect(lying.length).toBeLessThan(DOCX_LIMITS.partBytes / 100);
    expect(refusal(lying).code).toBe('word-import-zip-bomb');
    const honest = buildZip([{ name: 'word/document.xml', data: huge }]);
    expect(refusal(honest).code).toBe('word-import-zip-bomb');
  });

  it('refuses more items than a protokoll holds with a clear message, not a schema error', () => {
    const lines = Array.from({ length: 2001 }, (_, i) => `§ ${i + 1} Punkt ${i + 1}`);
    expect(refusal(docx(documentXml(lines))).code).toBe('word-import-too-much');
    expect(importWordBytes(docx(documentXml(lines.slice(0, 2000)))).protocol.items).toHaveLength(
      2000,
    );
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(refusal(Buffer.alloc(DOCX_LIMITS.fileBytes + 1)).code).toBe('word-import-too-large');
  });

  it('finds the main part where the package says it is', () => {
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`;
    const file = buildZip([
      { name: '_rels/.rels', data: Buffer.from(rels) },
      { name: 'word/document2.xml', data: Buffer.from(documentXml(ITEM)) },
    ]);
    expect(importWordBytes(file).protocol.items[0]!.title).toBe('Val av justerare');
  });

  it('reads a document whose writer chose another prefix than "w"', () => {
    const xml = documentXml(ITEM)
      .replace(/<(\/?)w:/g, '<$1ns0:')
      .replace('xmlns:w=', 'xmlns:ns0=')
      .replace(/ w:/g, ' ns0:');
    expect(xml).not.toContain('w:p');
    expect(importWordBytes(docx(xml)).protocol.items[0]!.decision?.attSatser).toEqual([
      'att välja Anna',
    ]);
  });

  it('refuses a zip without a Word document', () => {
    expect(refusal(buildZip([{ name: 'a.txt', data: Buffer.from('x') }])).code).toBe(
      'word-import-no-document',
    );
    expect(refusal(docx('<html><body/></html>')).code).toBe('word-import-no-document');
  });

  it('never fails other than with a refusal when a real .docx is cut or damaged', async () => {
    const good = await wordMadeNorrbotten(loadFixture());
    const random = seededRandom(11);
    for (let n = 0; n < 150; n++) {
      const bad = Buffer.from(good);
      if (n % 2 === 0) {
        const cut = bad.subarray(0, Math.floor(random() * good.length));
        try {
          const { protocol } = importWordBytes(cut);
          expect(protocolSchema.safeParse(protocol).success).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(ParagrafError);
        }
        continue;
      }
      for (let k = 0; k < 8; k++)
        bad[Math.floor(random() * bad.length)] = Math.floor(random() * 256);
      try {
        const { protocol } = importWordBytes(bad);
        expect(protocolSchema.safeParse(protocol).success).toBe(true);
      } catch (err) {
        expect(err).toBeInstanceOf(ParagrafError);
      }
    }
  });

  it('reads the same document unchanged', async () => {
    const good = await wordMadeNorrbotten(loadFixture());
    const copy = Buffer.from(good);
    importWordBytes(copy);
    expect(copy.equals(good)).toBe(true);
  });
});
