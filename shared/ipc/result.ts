import type { BilingualMessage } from '../errors/paragrafError';

/** What crosses IPC: never a thrown error, always a value or a bilingual error. */
export type IpcError = BilingualMessage;
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}
export function err(code: string, en: string, sv: string): IpcResult<never> {
  return { ok: false, error: { code, en, sv } };
}
