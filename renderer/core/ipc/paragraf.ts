import type { ParagrafApi } from '../../../shared/ipc/api';
import type { IpcResult } from '../../../shared/ipc/result';

declare global {
  interface Window {
    /** Set by the preload (or the test harness); the renderer's only way to the main process. */
    paragraf: ParagrafApi;
  }
}

/** The preload API. */
export function api(): ParagrafApi {
  return window.paragraf;
}

/** Thrown by `unwrap` with the Swedish message meant for the user. */
export class IpcFailure extends Error {
  constructor(
    readonly sv: string,
    readonly code: string,
  ) {
    super(sv);
  }
}

/** The value of a result, or an IpcFailure carrying the Swedish error text. */
export async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  let result: IpcResult<T>;
  try {
    result = await call;
  } catch {
    throw new IpcFailure('Kontakten med programmet bröts. Försök igen.', 'ipc-failed');
  }
  if (!result.ok) throw new IpcFailure(result.error.sv, result.error.code);
  return result.value;
}

/** The Swedish text of any error caught in the UI. */
export function errorText(e: unknown): string {
  return e instanceof IpcFailure ? e.sv : 'Något gick fel. Försök igen.';
}
