import * as fsPromises from 'node:fs/promises';

/**
 * The file operations the drafts library uses. Injected so tests can simulate a full disk or a
 * read-only folder at exactly one step of a save.
 */
export type FsLayer = Pick<
  typeof fsPromises,
  | 'open'
  | 'rename'
  | 'link'
  | 'copyFile'
  | 'unlink'
  | 'readdir'
  | 'stat'
  | 'mkdir'
  | 'readFile'
  | 'rm'
  | 'rmdir'
>;

export const nodeFs: FsLayer = fsPromises;
