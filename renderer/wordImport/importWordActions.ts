import type { WordImportReceipt } from '../../shared/ipc/contract';
import { openDraft } from '../core/draft/draftActions';
import { saveNow } from '../core/draft/session';
import { api, errorText, unwrap } from '../core/ipc/paragraf';
import { notices } from '../core/widgets/Notice';
import { showImportReport } from './importReportState';

async function opened(receipt: WordImportReceipt | null): Promise<void> {
  if (!receipt) return;
  await openDraft(receipt.protocol.id);
  showImportReport(receipt.report);
}

/** Arkiv › Importera Word-protokoll…: a .docx chosen in a dialog becomes a new draft. */
export async function importWordFromDialog(): Promise<void> {
  try {
    await saveNow();
    await opened(await unwrap(api().drafts.importWord()));
  } catch (e) {
    notices.error(errorText(e));
  }
}

/** .docx files dropped on the window, each a new draft; the last one is shown with its report. */
export async function importDroppedWord(paths: readonly string[]): Promise<void> {
  try {
    await saveNow();
    let last: WordImportReceipt | null = null;
    for (const path of paths) last = await unwrap(api().drafts.importWordPath(path));
    await opened(last);
  } catch (e) {
    notices.error(errorText(e));
  }
}
