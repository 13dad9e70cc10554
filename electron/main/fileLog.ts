import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const MAX_BYTES = 2 * 1024 * 1024;

/**
 * An English log file in userData (paragraf.log, one older file kept as paragraf.log.1).
 * Synchronous appends: few lines, and nothing is lost when the process dies right after.
 */
export function createFileLog(path: string): (message: string) => void {
  mkdirSync(dirname(path), { recursive: true });
  return (message) => {
    try {
      if ((statSync(path, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES)
        renameSync(path, `${path}.1`);
      appendFileSync(path, `${new Date().toISOString()} ${message.replace(/\s*\n\s*/g, ' | ')}\n`);
    } catch {
      // Logging must never take the app down.
    }
  };
}
