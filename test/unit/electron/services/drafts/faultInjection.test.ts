import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftLibrary, type FsLayer } from '../../../../../electron/services/drafts';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { municipalTemplate, tempFolder } from './helpers';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

type Step = 'open-temp' | 'write' | 'sync' | 'rename' | 'link';

/** The real file system, failing with `code` at one step of writing a .protokoll file. */
function failingFs(step: Step, code: string): FsLayer & { armed: boolean } {
  const layer = {
    ...fsp,
    armed: false,
    async open(path: Parameters<typeof fsp.open>[0], flags?: string | number, mode?: number) {
      if (layer.armed && step === 'open-temp' && flags === 'wx') throw errno(code);
      const handle = await fsp.open(path, flags, mode);
      if (!layer.armed || flags !== 'wx') return handle;
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (prop === 'writeFile' && step === 'write') {
            // A full disk typically fails after part of the data is written.
            return async (data: string) => {
              await target.writeFile(data.slice(0, 100));
              throw errno(code);
            };
          }
          if (prop === 'sync' && step === 'sync') return () => Promise.reject(errno(code));
          const value: unknown = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    async rename(from: string, to: string) {
      if (layer.armed && step === 'rename') throw errno(code);
      return fsp.rename(from, to);
    },
    async link(from: string, to: string) {
      if (layer.armed && step === 'link') throw errno(code);
      return fsp.link(from, to);
    },
  };
  return layer as unknown as FsLayer & { armed: boolean };
}

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder()));
afterEach(() => cleanup());

const cases: [Step, string, string, RegExp][] = [
  ['write', 'ENOSPC', 'disk-full', /utrymme/],
  ['open-temp', 'ENOSPC', 'disk-full', /utrymme/],
  ['sync', 'ENOSPC', 'disk-full', /utrymme/],
  ['rename', 'EACCES', 'no-permission', /behörighet/],
  ['open-temp', 'EACCES', 'no-permission', /behörighet/],
  ['link', 'ENOSPC', 'disk-full', /utrymme/],
];

describe('save with a failing disk', () => {
  it.each(cases)(
    '%s fails with %s: clear error, previous version still opens',
    async (step, code, expected, sv) => {
      const fs = failingFs(step, code);
      const root = join(dir, 'lib');
      const lib = createDraftLibrary({ root, fs });
      const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Före felet' });
      await lib.save({ ...p, meeting: { ...p.meeting, body: 'Sparad version' } });

      fs.armed = true;
      const next: Protocol = { ...p, meeting: { ...p.meeting, body: 'Aldrig sparad' } };
      const error = await lib.save(next).then(
        () => null,
        (e: unknown) => e as { code: string; en: string; sv: string },
      );
      expect(error).not.toBeNull();
      expect(error!.code).toBe(expected);
      expect(error!.en).toContain(code);
      expect(error!.sv).toMatch(sv);
      expect(error!.sv).toContain('tidigare versionen finns kvar');

      fs.armed = false;
      const reopened = createDraftLibrary({ root });
      const loaded = await reopened.load(p.id);
      expect(loaded.protocol.meeting.body).toBe('Sparad version');
      expect(loaded.recovered).toBeUndefined();
      const leftovers = (await fsp.readdir(join(root, 'drafts'))).filter((n) => n.endsWith('.tmp'));
      expect(leftovers).toEqual([]);
    },
  );
});
