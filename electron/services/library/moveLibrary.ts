import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import type { FsLayer } from '../files/fsLayer';
import { isTempFile } from '../files/ownedTemp';

/** Folders of a library that belong to the running instances, never copied. */
const NOT_COPIED = new Set(['locks']);

async function hashOf(fs: FsLayer, file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

const within = (outer: string, inner: string) => {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Copies the library at `from` into `to` and proves the copy: every file is read back and its
 * SHA-256 compared with the original. Nothing at `from` is changed. Refuses a target that
 * already holds a library or lies inside the source (or the other way round). Returns the
 * number of files copied.
 */
export async function copyLibraryVerified(fs: FsLayer, from: string, to: string): Promise<number> {
  if (within(from, to) || within(to, from)) {
    throw new ParagrafError(
      'library-folder-overlaps',
      `the new library folder ${to} overlaps the current one ${from}`,
      'Välj en mapp utanför det nuvarande biblioteket.',
    );
  }
  const existing = await fs.stat(join(to, 'drafts')).catch(() => null);
  if (existing) {
    throw new ParagrafError(
      'library-exists',
      `${to} already holds a library`,
      'Mappen innehåller redan ett bibliotek. Välj "Använd biblioteket som redan finns där" eller en annan mapp.',
    );
  }
  const copied: string[] = [];
  async function walk(rel: string): Promise<void> {
    await fs.mkdir(join(to, rel), { recursive: true });
    for (const entry of await fs.readdir(join(from, rel), { withFileTypes: true })) {
      const name = join(rel, entry.name);
      if (entry.isDirectory()) {
        if (!(rel === '' && NOT_COPIED.has(entry.name))) await walk(name);
      } else if (entry.isFile() && !isTempFile(entry.name)) {
        await fs.copyFile(join(from, name), join(to, name), constants.COPYFILE_EXCL);
        copied.push(name);
      }
    }
  }
  await walk('');
  for (const name of copied) {
    const [a, b] = await Promise.all([hashOf(fs, join(from, name)), hashOf(fs, join(to, name))]);
    if (a !== b) {
      throw new ParagrafError(
        'library-copy-differs',
        `the copy of ${name} differs from the original`,
        'Kopian av biblioteket blev inte likadan som originalet. Det gamla biblioteket används fortfarande.',
      );
    }
  }
  return copied.length;
}

/** The name the old library is kept under after a move: "<folder>-flyttat-20261203-0914". */
export function movedAwayName(folder: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `${folder}-flyttat-${stamp}`;
}
