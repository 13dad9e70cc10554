import type { OutputFormat, OutputKind } from '../../shared/outputs';
import { outputRefusal, outputRow } from '../../shared/outputs';
import { api, errorText, unwrap } from '../core/ipc/paragraf';
import { saveNow } from '../core/draft/session';
import { draftStore } from '../core/state/draftStore';
import { notices } from '../core/widgets/Notice';
import { confirmExport } from '../validation/confirmExport';

/**
 * Exports the open draft as one row of the outputs table; main suggests the file name and asks
 * where to save it.
 */
export async function exportDraft(kind: OutputKind, format: OutputFormat): Promise<void> {
  const protocol = draftStore.get();
  if (!protocol) return;
  const refusal = outputRefusal(outputRow(kind), protocol);
  if (refusal) {
    notices.error(refusal.sv);
    return;
  }
  if (!(await confirmExport(protocol))) return;
  void saveNow();
  notices.show(outputRow(kind).progress[format] ?? 'Exporterar…');
  try {
    const receipt = await unwrap(
      api().export.document({ protocol, document: kind, format, openAfter: false }),
    );
    if (receipt) notices.show(`Exporterat till ${receipt.path}`);
    else notices.clear();
  } catch (e) {
    notices.error(errorText(e));
  }
}

/** Arkiv › Spara som…: saves, then writes a copy of the draft as a .protokoll file. */
export async function saveDraftAs(): Promise<void> {
  const protocol = draftStore.get();
  if (!protocol) return;
  await saveNow();
  if (draftStore.isDirty()) {
    notices.error('Protokollet kunde inte sparas, så ingen kopia skrevs. Försök igen.');
    return;
  }
  try {
    const receipt = await unwrap(api().drafts.exportFile(protocol.id));
    if (receipt) notices.show(`En kopia är sparad som ${receipt.path}`);
  } catch (e) {
    notices.error(errorText(e));
  }
}
