import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { AppendixReadError } from './appendixReadError';

/**
 * Which appendix files an export may read. A draft names its appendices by path, and a draft can
 * come from a stranger (or a compromised page), so a path alone grants nothing: the file must be
 * one the user chose in the appendix dialog, or lie in (or below) a folder trusted for this draft.
 */
export interface AppendixAccess {
  /** Folder that relative names resolve against (the .protokoll's own folder); its files may be read. */
  baseDir?: string;
  /** Further folders whose files, and their subfolders' files, may be read (CLI flag). */
  allowedDirs?: readonly string[];
  /** Real paths of the files the user chose in the appendix dialog for this draft. */
  grantedFiles?: ReadonlySet<string>;
}

/** Paths compare case-insensitively where the file system usually does. */
export function pathKey(path: string): string {
  return process.platform === 'win32' || process.platform === 'darwin' ? path.toLowerCase() : path;
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(pathKey(dir), pathKey(path));
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

async function realDir(dir: string): Promise<string | undefined> {
  try {
    return await realpath(dir);
  } catch {
    return undefined;
  }
}

/**
 * The real path of the appendix the draft names, once links are resolved and it is proven to be
 * granted or inside a trusted folder. Every refusal is the same AppendixReadError kind
 * ('refused'), whether the file exists or not: the page learns nothing about the disk.
 */
export async function permittedAppendixPath(file: string, access: AppendixAccess): Promise<string> {
  if (!isAbsolute(file) && !access.baseDir) {
    throw new AppendixReadError('refused', `relative appendix path ${file} without a base folder`);
  }
  const named = isAbsolute(file) ? file : resolve(access.baseDir!, file);
  let real: string;
  try {
    real = await realpath(named);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new AppendixReadError('refused', `${named} cannot be resolved (${code})`);
  }
  if (access.grantedFiles?.has(pathKey(real))) return real;
  const dirs = [access.baseDir, ...(access.allowedDirs ?? [])].filter((d) => d !== undefined);
  for (const dir of dirs) {
    const trusted = await realDir(dir);
    if (trusted && isInside(real, trusted)) return real;
  }
  throw new AppendixReadError(
    'refused',
    `${named} (${real}) was neither chosen nor beside the file`,
  );
}
