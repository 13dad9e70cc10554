import type { WordImportReceipt } from '../../../shared/ipc/contract';
import { newId } from '../../../shared/protocol/ids';
import type { DraftLibrary } from '../drafts';
import { importWordFile } from './importWordFile';

/**
 * A Word protokoll as a new draft in the library: always a new draft (importing the same file
 * twice gives two), never a change to the .docx. The report goes back to the page.
 */
export async function importWordDraft(
  drafts: Pick<DraftLibrary, 'save'>,
  path: string,
  log: (message: string) => void,
): Promise<WordImportReceipt> {
  const { protocol, report } = await importWordFile(path);
  const draft = { ...protocol, id: newId('draft') };
  await drafts.save(draft);
  log(
    `imported Word file as draft ${draft.id}: ${report.recognised.length} parts recognised, ${report.unrecognised.length} kept as text or left out`,
  );
  return { protocol: draft, report };
}
