import * as fsp from 'node:fs/promises';
import type { FsLayer } from '../../../../../electron/services/drafts';

/** The process "dies" at this step: the call and every later one fail, nothing more is written. */
export class SimulatedCrash extends Error {
  constructor() {
    super('simulated crash');
  }
}

const WRITING_FLAGS = /[wax+]/;

export type CrashingFs = FsLayer & { changes: number; crashAt: number };

/**
 * The real file system, which stops for good at change number `crashAt` (a created folder, a
 * rename, a link, a removal or a file opened for writing). `changes` counts the changes made, so
 * a run without a crash tells how many steps an operation has.
 */
export function crashingFs(): CrashingFs {
  let dead = false;
  const layer = { ...fsp, changes: 0, crashAt: Infinity } as unknown as CrashingFs;
  const step = () => {
    if (dead || ++layer.changes >= layer.crashAt) {
      dead = true;
      throw new SimulatedCrash();
    }
  };
  const guard = <A extends unknown[], R>(f: (...args: A) => Promise<R>, changes: boolean) =>
    (async (...args: A) => {
      if (dead) throw new SimulatedCrash();
      if (changes) step();
      return f(...args);
    }) as never;
  Object.assign(layer, {
    mkdir: guard(fsp.mkdir, true),
    rename: guard(fsp.rename, true),
    link: guard(fsp.link, true),
    unlink: guard(fsp.unlink, true),
    rm: guard(fsp.rm, true),
    rmdir: guard(fsp.rmdir, true),
    readdir: guard(fsp.readdir, false),
    stat: guard(fsp.stat, false),
    readFile: guard(fsp.readFile, false),
    copyFile: guard(fsp.copyFile, true),
    open: (async (path: string, flags?: string, mode?: number) => {
      if (dead) throw new SimulatedCrash();
      if (flags && WRITING_FLAGS.test(flags)) step();
      return fsp.open(path, flags, mode);
    }) as never,
  });
  return layer;
}
