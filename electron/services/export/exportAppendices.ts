import { APPENDIX_LIMITS, type AppendixProblemKind } from '../../../shared/export/pdf';
import type { Item } from '../../../shared/protocol';
import {
  AppendixReadError,
  permittedAppendixPath,
  readAppendixFile,
  type AppendixAccess,
} from '../appendix';
import { ParagrafError } from '../../../shared/errors/paragrafError';

/** Reading one appendix may take this long (a slow network share, not a FIFO). */
const READ_TIMEOUT_MS = 60_000;
const MAX_MB = APPENDIX_LIMITS.bytes / 1024 / 1024;

export interface NamedAppendix {
  /** As the draft names it: its title (what the secretary sees). */
  title: string;
  /** As the draft names it: absolute, or relative to the .protokoll's folder. */
  file: string;
}

/** The appendices of the items a document carries, in item order. */
export function appendicesToAppend(items: readonly Item[]): NamedAppendix[] {
  return items.flatMap((item) =>
    item.appendices.flatMap((a) => (a.file ? [{ title: a.title, file: a.file }] : [])),
  );
}

/**
 * Reads each appendix the access permits. Any refusal or failure stops the export with one
 * Swedish message naming the appendix by title; whether the file exists, is forbidden or
 * unreadable goes to the log only.
 */
export async function readAppendices(
  appendices: readonly NamedAppendix[],
  access: AppendixAccess,
): Promise<Uint8Array[]> {
  const read: Uint8Array[] = [];
  // One at a time: the size limit then also bounds the memory held while reading.
  for (const a of appendices) {
    try {
      const path = await permittedAppendixPath(a.file, access);
      read.push(
        await readAppendixFile(path, {
          maxBytes: APPENDIX_LIMITS.bytes,
          timeoutMs: READ_TIMEOUT_MS,
        }),
      );
    } catch (err) {
      const why =
        err instanceof AppendixReadError ? err : new AppendixReadError('unreadable', String(err));
      // Only a file that was permitted and is a regular file gets here with 'too-large'.
      const more = why.kind === 'too-large' ? ` Den är större än ${MAX_MB} MB.` : '';
      throw new ParagrafError(
        'appendix-unreadable',
        `appendix "${a.title}" could not be read`,
        `Bilagan kunde inte läsas: ${a.title}.${more}`,
        {
          detail: `appendix "${a.title}" (${a.file}) could not be read: ${why.kind}: ${why.message}`,
        },
      );
    }
  }
  return read;
}

const PROBLEM_SV: Record<AppendixProblemKind, (title: string) => string> = {
  'not-pdf': (t) => `Bilagan ”${t}” är inte en läsbar PDF-fil.`,
  damaged: (t) => `Bilagan ”${t}” är skadad och kan inte bifogas.`,
  'page-tree-cycle': (t) => `Bilagan ”${t}” är skadad och kan inte bifogas.`,
  encrypted: (t) => `Bilagan ”${t}” är lösenordsskyddad och kan inte bifogas.`,
  'too-many-pages': (t) =>
    `Bilagan ”${t}” har för många sidor (högst ${APPENDIX_LIMITS.pages.toLocaleString('sv-SE')} per bilaga och ${APPENDIX_LIMITS.totalPages.toLocaleString('sv-SE')} sammanlagt).`,
  'too-many-objects': (t) => `Bilagan ”${t}” är för stor eller för komplex för att bifogas.`,
  'too-deep': (t) => `Bilagan ”${t}” är för stor eller för komplex för att bifogas.`,
};

/** An appendix PDF that pdf-lib refused or that broke a limit, named by its title. */
export function appendixPdfProblem(
  appendix: NamedAppendix,
  kind: AppendixProblemKind,
  message: string,
): ParagrafError {
  return new ParagrafError(
    'appendix-invalid',
    `appendix "${appendix.title}" is not a usable PDF (${kind}: ${message})`,
    PROBLEM_SV[kind](appendix.title),
    {
      detail: `appendix "${appendix.title}" (${appendix.file}) is not a usable PDF (${kind}: ${message})`,
    },
  );
}

/** PDF/A is refused, not claimed, when appendices are appended: they are not verified. */
export function pdfaWithAppendices(count: number): ParagrafError {
  return new ParagrafError(
    'pdfa-with-appendices',
    `PDF/A is not produced for a protokoll with appendices (${count}): their PDF/A conformance ` +
      'cannot be verified. Export without PDF/A, or without the appendices.',
    'PDF/A kan inte skapas för ett protokoll med bilagor, eftersom bilagornas PDF-filer inte kan ' +
      'kontrolleras. Exportera utan PDF/A eller utan bilagor.',
  );
}
