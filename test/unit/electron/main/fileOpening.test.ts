import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createDraftLibrary } from '../../../../electron/services/drafts';
import {
  createMemorySettingsStore,
  createSettingsService,
} from '../../../../electron/services/settings';
import { OPEN_DRAFT_CHANNEL } from '../../../../shared/ipc/contract';
import { serializeProtocol } from '../../../../shared/protocol/parse';
import { municipalTemplate, tempFolder } from '../services/drafts/helpers';

const shown = vi.hoisted(() => [] as { message: string; detail: string }[]);
vi.mock('electron', () => ({
  dialog: {
    showMessageBox: async (_win: unknown, options: { message: string; detail: string }) => {
      shown.push(options);
      return { response: 0 };
    },
  },
}));

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder('paragraf-open-')));
afterEach(() => cleanup());

function fakeWindow() {
  const sent: [string, unknown][] = [];
  return {
    sent,
    win: {
      isDestroyed: () => false,
      isMinimized: () => false,
      restore: () => undefined,
      focus: () => undefined,
      webContents: { send: (channel: string, value: unknown) => sent.push([channel, value]) },
    },
  };
}

it('imports files opened before and after the window is ready and tells the page which draft to show', async () => {
  const { createFileOpener } = await import('../../../../electron/main/fileOpening');
  const drafts = createDraftLibrary({ root: join(dir, 'lib') });
  const settings = createSettingsService(createMemorySettingsStore());
  const source = await createDraftLibrary({ root: join(dir, 'other') }).createFromTemplate(
    municipalTemplate(),
    {
      body: 'Öppnad från fil',
    },
  );
  const file = join(dir, 'möte.protokoll');
  await writeFile(file, serializeProtocol(source));
  const opener = createFileOpener({ drafts, settings, log: () => undefined });
  const { win, sent } = fakeWindow();

  opener.open([file]); // e.g. macOS open-file before the page has loaded
  expect(sent).toEqual([]);
  opener.attach(win as never);
  await vi.waitFor(() => expect(sent).toHaveLength(1));
  const [channel, id] = sent[0]!;
  expect(channel).toBe(OPEN_DRAFT_CHANNEL);
  expect((await drafts.load(String(id))).protocol.meeting.body).toBe('Öppnad från fil');
  expect(settings.get().recentFiles).toEqual([file]);

  const broken = join(dir, 'trasig.protokoll');
  await writeFile(broken, '{"schemaVersion": 1, "id": "x"');
  opener.open([broken]); // a second instance forwarding a damaged file
  await vi.waitFor(() => expect(shown).toHaveLength(1));
  expect(shown[0]!.message).toBe('Filen kunde inte öppnas.');
  expect(shown[0]!.detail).toMatch(/Paragraf-protokoll/);
  expect(sent).toHaveLength(1);
});
