/**
 * A message in both languages with a stable code: English for logs and the command line,
 * Swedish for the UI. What crosses IPC as an error, what a load error says, what a service throws.
 */
export interface BilingualMessage {
  code: string;
  en: string;
  sv: string;
}

/**
 * The one error type Paragraf throws on purpose (a refused request, a draft that cannot be
 * saved, an export that cannot be made). The IPC dispatcher passes code, en and sv to the page
 * unchanged; `detail` (paths, what the disk said) goes to the log and the CLI only.
 */
export class ParagrafError extends Error implements BilingualMessage {
  readonly detail?: string;

  constructor(
    readonly code: string,
    readonly en: string,
    readonly sv: string,
    more: { detail?: string; cause?: unknown } = {},
  ) {
    super(en, more.cause === undefined ? undefined : { cause: more.cause });
    this.name = 'ParagrafError';
    if (more.detail !== undefined) this.detail = more.detail;
  }
}

/** Any value shaped like a bilingual message (also one from another module copy or realm). */
export function isBilingual(e: unknown): e is BilingualMessage & { detail?: unknown } {
  const x = e as Record<string, unknown> | null;
  return !!x && typeof x.code === 'string' && typeof x.en === 'string' && typeof x.sv === 'string';
}
