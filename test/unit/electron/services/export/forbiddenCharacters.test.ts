import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../../shared/export/docx';
import { renderHtml } from '../../../../../shared/export/html';
import { buildPrintModel } from '../../../../../shared/print';
import { removeForbiddenCharacters } from '../../../../../shared/protocol/forbiddenCharacters';
import { parseProtocolText, serializeProtocol } from '../../../../../shared/protocol/parse';
import { filledProtocol, hostileProtocol } from '../../../../generate/hostileProtocol';
import { libreOfficeToPdf, pageTexts } from './pdfTools';

/** Every kind of character XML 1.0 forbids, and the noncharacters U+FFFE / U+FFFF. */
// Lone surrogates: a low one first, then two highs not followed by a low one.
const FORBIDDEN = '\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uDFFF\uD800\uDBFF\uFDD0';
const hostile = () => hostileProtocol(filledProtocol(), (tag) => [`${tag}${FORBIDDEN}${tag}`]);

/** Parses every XML part of a DOCX with Python's expat, which refuses what XML 1.0 refuses. */
function malformedParts(docx: string): string {
  const script = [
    'import sys, zipfile, xml.dom.minidom as m',
    'z = zipfile.ZipFile(sys.argv[1]); bad = []',
    'for n in z.namelist():',
    '  if n.endswith(".xml") or n.endswith(".rels"):',
    '    try: m.parseString(z.read(n))',
    '    except Exception as e: bad.append(n + ": " + str(e))',
    'print("\\n".join(bad))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script, docx], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'paragraf-forbidden-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('characters XML forbids', () => {
  it('are in every text field of the test protocol, which the schema accepts', () => {
    const { values } = hostile();
    expect(values.size).toBeGreaterThan(100);
    for (const v of values.values()) expect(v).toContain('\uFFFF');
  });

  it('never reach a DOCX: every part is well-formed and LibreOffice opens it', async () => {
    const { protocol } = hostile();
    const docx = join(dir, 'forbidden.docx');
    writeFileSync(docx, await renderDocx(buildPrintModel(protocol)));
    expect(malformedParts(docx)).toBe('');
    const [pdf] = libreOfficeToPdf([docx], dir);
    const text = pageTexts(pdf!).join(' ');
    // The body's name and the first item's title print, each tag twice with nothing between.
    for (const field of [protocol.meeting.body, protocol.items[0]!.title]) {
      expect(text).toContain(removeForbiddenCharacters(field));
    }
  }, 120_000);

  it('never reach the print HTML', () => {
    const html = renderHtml(buildPrintModel(hostile().protocol));
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(html).not.toMatch(/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uFDD0]/);
    // No lone surrogate: every high one is followed by a low one, every low one preceded.
    expect(html).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
  });

  it('are removed when a file is loaded, and the removal is reported', () => {
    const { protocol } = hostile();
    const loaded = parseProtocolText(serializeProtocol(protocol));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.removedCharacters).toBeGreaterThan(100 * 10);
    expect(loaded.value.meeting.body).toMatch(/^Q\d+QQ\d+Q$/);
    expect(JSON.stringify(loaded.value)).not.toMatch(/\\u(000[0-8bc]|001f|fffe|ffff|d[89a-f])/i);
  });
});
