import type { FileRefusedError } from '../files/readRegularFile';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { withoutForbiddenCharacters } from '../../../shared/protocol/forbiddenCharacters';
import { formatPath } from '../../../shared/protocol/loadError';
import { registerSchema, type Register } from '../../../shared/register/registerSchema';

/** Larger than any real register (1,000 people); a bigger file is refused unread. */
export const MAX_REGISTER_FILE_BYTES = 2_000_000;

/**
 * A register from the text of a file, validated; a damaged or foreign file gives a Swedish
 * message saying the file was left as it is.
 */
export function parseRegisterText(text: string, where: string): Register {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw damaged(where, `not JSON (${String(error).slice(0, 200)})`);
  }
  // Characters no document may hold (XML 1.0) would break the DOCX of every protokoll using the name.
  const r = registerSchema.safeParse(withoutForbiddenCharacters(data).value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw damaged(where, issue ? `${formatPath(issue.path)}: ${issue.message}` : 'invalid');
  }
  return r.data;
}

function damaged(where: string, why: string): ParagrafError {
  return new ParagrafError(
    'register-damaged',
    `the member register ${where} cannot be read: ${why}`,
    'Ledamotsregistret kan inte läsas: filen är skadad eller inget ledamotsregister från Paragraf. Filen har inte ändrats.',
    { detail: `${where}: ${why}` },
  );
}

export function registerTooLarge(where: string, size: number): ParagrafError {
  return new ParagrafError(
    'register-too-large',
    `${where} is ${size} bytes; a member register is at most ${MAX_REGISTER_FILE_BYTES}`,
    'Filen är för stor för att vara ett ledamotsregister och lästes inte.',
  );
}

/** A register path that is no regular file (a link to a device, a FIFO) or too large. */
export function registerRefused(error: FileRefusedError): ParagrafError {
  if (error.reason === 'too-large') return registerTooLarge(error.path, error.size);
  return new ParagrafError(
    'register-not-a-file',
    `${error.path} is not a regular file`,
    'Ledamotsregistret är ingen vanlig fil och lästes inte. Filen har inte ändrats.',
  );
}
