import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExportService } from '../../../../../electron/services/export/exportService';
import type { PdfEngine } from '../../../../../electron/services/export/pdfEngine';
import { OUTPUTS } from '../../../../../shared/outputs';
import { loadFixture } from '../../../../fixtures/loadFixture';

/** An engine that records what it is asked to print; these tests never need the PDF itself. */
function recordingEngine() {
  const printed: string[] = [];
  const engine: PdfEngine = {
    htmlToPdf: async (html) => {
      printed.push(html);
      return new Uint8Array();
    },
    close: async () => {},
  };
  return { engine, printed };
}

const kallelse = () => ({ ...loadFixture(), status: 'kallelse' as const });

describe('a kallelse and the documents of the meeting', () => {
  const afterMeeting = OUTPUTS.filter((o) => 'afterMeeting' in o && o.afterMeeting);

  it('are told apart in the outputs table', () => {
    expect(afterMeeting.map((o) => o.kind).sort()).toEqual(
      ['anslagsbevis', 'protokoll', 'utdrag', 'webbversion'].sort(),
    );
  });

  it.each(afterMeeting.flatMap((o) => o.formats.map((f) => [o.kind, f] as const)))(
    'a %s (%s) is not made from a kallelse, and nothing is written',
    async (document, format) => {
      const { engine, printed } = recordingEngine();
      const service = createExportService({ engine });
      const out = join(mkdtempSync(join(tmpdir(), 'paragraf-kallelse-out-')), `x.${format}`);
      const itemIds = document === 'utdrag' ? [kallelse().items[0]!.id] : undefined;
      await expect(
        service.exportDocument(kallelse(), { document, format, itemIds }, out),
      ).rejects.toMatchObject({
        code: 'document-needs-meeting',
        sv: expect.stringContaining('protokoll av kallelsen'),
      });
      expect(existsSync(out)).toBe(false);
      expect(printed).toHaveLength(0);
    },
  );

  it('the preview of a kallelse shows the kallelse, of a protokoll the protokoll', async () => {
    const { engine } = recordingEngine();
    const service = createExportService({ engine });
    const kallelseHtml = await service.previewHtml(kallelse());
    const heading = loadFixture().labels.kallelseAgendaHeading;
    expect(kallelseHtml).toContain(heading);
    expect(await service.previewHtml(loadFixture())).not.toContain(heading);
  });
});
