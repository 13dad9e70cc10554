/**
 * An error of the drafts library: a stable code, an English message for logs and a Swedish one
 * for the UI. The IPC dispatcher turns it into an IpcResult unchanged.
 */
export class DraftError extends Error {
  constructor(
    readonly code: string,
    readonly en: string,
    readonly sv: string,
    options?: { cause?: unknown },
  ) {
    super(en, options);
    this.name = 'DraftError';
  }
}

/** A file-system error turned into a message a secretary can act on. */
export function storageError(action: string, cause: unknown): DraftError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new DraftError(
      'disk-full',
      `cannot ${action}: the disk is full (${code})`,
      'Det finns inte tillräckligt med ledigt utrymme på disken. Utkastet sparades inte; den tidigare versionen finns kvar. Frigör utrymme och försök igen.',
      { cause },
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new DraftError(
      'no-permission',
      `cannot ${action}: permission denied (${code})`,
      'Paragraf saknar behörighet att skriva i mappen för utkast. Utkastet sparades inte; den tidigare versionen finns kvar.',
      { cause },
    );
  }
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new DraftError(
    'storage-failed',
    `cannot ${action}: ${detail}`,
    'Utkastet kunde inte sparas på grund av ett fel i filsystemet. Den tidigare versionen finns kvar.',
    { cause },
  );
}

export function notFound(id: string): DraftError {
  return new DraftError(
    'not-found',
    `draft "${id}" does not exist`,
    'Utkastet finns inte (det kan ha flyttats till papperskorgen).',
  );
}

export function isErrno(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}
