import type { FsLayer } from '../../electron/services/files/fsLayer';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A file system that answers every call `latencyMs` late, as a network folder does (each SMB
 * request is a round trip). Reads and writes through an open handle are delayed too.
 */
export function slowFs(base: FsLayer, latencyMs: number): FsLayer {
  const slow = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
    (async (...a: A) => {
      await wait(latencyMs);
      return fn(...a);
    }) as never;
  const open = (async (...a: Parameters<FsLayer['open']>) => {
    await wait(latencyMs);
    const handle = await base.open(...a);
    for (const key of ['writeFile', 'readFile', 'sync', 'utimes', 'close', 'write'] as const) {
      const original = (handle[key] as (...x: unknown[]) => Promise<unknown>).bind(handle);
      (handle as unknown as Record<string, unknown>)[key] = slow(original);
    }
    return handle;
  }) as FsLayer['open'];
  return {
    open,
    rename: slow(base.rename),
    link: slow(base.link),
    copyFile: slow(base.copyFile),
    unlink: slow(base.unlink),
    readdir: slow(base.readdir),
    stat: slow(base.stat),
    mkdir: slow(base.mkdir),
    readFile: slow(base.readFile),
    rm: slow(base.rm),
    rmdir: slow(base.rmdir),
  };
}
