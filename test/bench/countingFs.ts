import type { FsLayer } from '../../electron/services/files/fsLayer';

/**
 * Counts every file call made through `base`, including the calls on open handles (each is a
 * round trip on a network folder). `calls` names them in order, for reading what a save does.
 */
export function countingFs(base: FsLayer): { fs: FsLayer; calls: string[] } {
  const calls: string[] = [];
  const wrap =
    <A extends unknown[], R>(name: string, fn: (...a: A) => Promise<R>) =>
    (...a: A) => {
      calls.push(`${name} ${String(a[0])}`);
      return fn(...a);
    };
  const open = (async (...a: Parameters<FsLayer['open']>) => {
    calls.push(`open ${String(a[0])} ${String(a[1] ?? 'r')}`);
    const handle = await base.open(...a);
    for (const key of [
      'writeFile',
      'readFile',
      'sync',
      'utimes',
      'close',
      'write',
      'stat',
    ] as const) {
      const original = (handle[key] as (...x: unknown[]) => Promise<unknown>).bind(handle);
      (handle as unknown as Record<string, unknown>)[key] = (...x: unknown[]) => {
        calls.push(`handle.${key} ${String(a[0])}`);
        return original(...x);
      };
    }
    return handle;
  }) as FsLayer['open'];
  const fs = {
    open,
    rename: wrap('rename', base.rename),
    link: wrap('link', base.link),
    copyFile: wrap('copyFile', base.copyFile),
    unlink: wrap('unlink', base.unlink),
    readdir: wrap('readdir', base.readdir),
    stat: wrap('stat', base.stat),
    mkdir: wrap('mkdir', base.mkdir),
    readFile: wrap('readFile', base.readFile),
    rm: wrap('rm', base.rm),
    rmdir: wrap('rmdir', base.rmdir),
  } as FsLayer;
  return { fs, calls };
}
