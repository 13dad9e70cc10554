import type { OutputFormat } from '../../shared/outputs';
import { api, errorText, unwrap } from '../core/ipc/paragraf';
import { saveNow } from '../core/draft/session';
import { draftStore } from '../core/state/draftStore';
import { notices } from '../core/widgets/Notice';

/** A protokollsutdrag of the chosen items; main suggests the name and asks where to save it. */
export async function exportExtract(itemIds: readonly string[], format: OutputFormat) {
  const protocol = draftStore.get();
  if (!protocol || itemIds.length === 0) return;
  void saveNow();
  notices.show(
    format === 'pdf' ? 'Skapar protokollsutdrag (PDF)…' : 'Skapar protokollsutdrag (Word)…',
  );
  try {
    const receipt = await unwrap(
      api().export.document({
        protocol,
        document: 'utdrag',
        format,
        itemIds: [...itemIds],
        openAfter: false,
      }),
    );
    if (receipt) notices.show(`Exporterat till ${receipt.path}`);
    else notices.clear();
  } catch (e) {
    notices.error(errorText(e));
  }
}

/** Expediering: one utdrag per recipient under "Expedieras till", into a folder chosen in main. */
export async function exportExtractsByRecipient(format: OutputFormat) {
  const protocol = draftStore.get();
  if (!protocol) return;
  void saveNow();
  notices.show('Skapar ett protokollsutdrag per mottagare…');
  try {
    const result = await unwrap(api().export.extractsByRecipient({ protocol, format }));
    if (!result) return notices.clear();
    const count = result.files.length;
    notices.show(
      count === 0
        ? 'Inget ärende har någon mottagare under Expedieras till.'
        : `${count} protokollsutdrag sparade i ${result.folder}`,
    );
  } catch (e) {
    notices.error(errorText(e));
  }
}
