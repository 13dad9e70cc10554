import { ParagrafError } from '../../../shared/errors/paragrafError';

/** Why nothing can be written to the library, as an error code and a first sentence for the UI. */
export interface WriteRefusal {
  code: 'disk-full' | 'read-only' | 'no-permission';
  errno: string;
  sv: string;
}

/** The errors that mean the library cannot be written at all (as opposed to a one-off fault). */
export function writeRefusal(cause: unknown): WriteRefusal | null {
  const errno = (cause as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (errno === 'ENOSPC' || errno === 'EDQUOT') {
    return { code: 'disk-full', errno, sv: 'Disken är full – utkastet kan inte sparas här.' };
  }
  if (errno === 'EROFS') {
    return {
      code: 'read-only',
      errno,
      sv: 'Biblioteket är skrivskyddat – utkastet kan inte sparas här.',
    };
  }
  if (errno === 'EACCES' || errno === 'EPERM') {
    return {
      code: 'no-permission',
      errno,
      sv: 'Paragraf saknar behörighet att skriva i biblioteket – utkastet kan inte sparas här.',
    };
  }
  return null;
}

const WHAT_THE_ERROR_MEANS: Record<WriteRefusal['code'], string> = {
  'disk-full': 'the disk is full',
  'read-only': 'the library is on a read-only file system',
  'no-permission': 'permission denied',
};

/**
 * Errors that mean the folder itself cannot be reached (a network share that dropped, a synced
 * folder that went away), as opposed to a refusal or a damaged file: the save is kept locally
 * and written back when the folder returns.
 */
const UNREACHABLE = new Set([
  'EIO',
  'ENOTCONN',
  'ESTALE',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'ENETDOWN',
  'ENETUNREACH',
  'ENETRESET',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ENODEV',
  'ENXIO',
]);

export const UNREACHABLE_SV = 'Nätverksmappen kan inte nås – sparas lokalt tills den är tillbaka';

export function isUnreachableErrno(cause: unknown): boolean {
  return UNREACHABLE.has((cause as NodeJS.ErrnoException | undefined)?.code ?? '');
}

/** The library folder is gone (ENOENT on its root) or the network says it cannot be reached. */
export function libraryUnreachable(action: string, cause: unknown): ParagrafError {
  const errno = (cause as NodeJS.ErrnoException | undefined)?.code ?? 'ENOENT';
  return new ParagrafError(
    'library-unreachable',
    `cannot ${action}: the library folder cannot be reached (${errno})`,
    `${UNREACHABLE_SV}.`,
    { cause },
  );
}

/** A file-system error turned into a message a secretary can act on. */
export function storageError(action: string, cause: unknown): ParagrafError {
  if (cause instanceof ParagrafError && cause.code === 'library-unreachable') return cause;
  if (isUnreachableErrno(cause)) return libraryUnreachable(action, cause);
  const refusal = writeRefusal(cause);
  if (refusal) {
    const advice =
      refusal.code === 'disk-full'
        ? ' Frigör utrymme och försök igen.'
        : ' Kontrollera att mappen går att skriva i och försök igen.';
    return new ParagrafError(
      refusal.code,
      `cannot ${action}: ${WHAT_THE_ERROR_MEANS[refusal.code]} (${refusal.errno})`,
      `${refusal.sv} Utkastet sparades inte; den tidigare versionen finns kvar.${advice}`,
      { cause },
    );
  }
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ParagrafError(
    'storage-failed',
    `cannot ${action}: ${detail}`,
    'Utkastet kunde inte sparas på grund av ett fel i filsystemet. Den tidigare versionen finns kvar.',
    { cause },
  );
}

export function notFound(id: string): ParagrafError {
  return new ParagrafError(
    'not-found',
    `draft "${id}" does not exist`,
    'Utkastet finns inte (det kan ha flyttats till papperskorgen).',
  );
}

export function isErrno(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}
