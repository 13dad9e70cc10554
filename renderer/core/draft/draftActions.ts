import { api, errorText, unwrap } from '../ipc/paragraf';
import { draftStore, updateDraft } from '../state/draftStore';
import type { EditHolder, ImportOutcome, ImportReceipt } from '../../../shared/ipc/contract';
import type { Protocol } from '../../../shared/protocol/protocol';
import { editHold } from './editHold';
import { notices } from '../widgets/Notice';
import { setPendingLocation } from './pendingLocation';
import { saveNow } from './session';

/** Shows a draft, read-only when someone else has it open for editing. */
function show(protocol: Protocol, heldBy: EditHolder | undefined): void {
  editHold.set(protocol.id, heldBy);
  draftStore.load(protocol);
}

/** Opens a draft from the library (taking its edit lock unless someone else holds it). */
export async function openDraft(id: string): Promise<void> {
  try {
    await saveNow();
    const loaded = await unwrap(api().drafts.open(id));
    show(loaded.protocol, loaded.heldBy);
    if (loaded.recovered) notices.show(loaded.recovered.sv);
    else notices.clear();
  } catch (e) {
    notices.error(errorText(e));
  }
}

/** Opens a draft at one of its items (Ärenden, the item active and in view). */
export async function openDraftAt(id: string, itemId: string): Promise<void> {
  setPendingLocation(id, { kind: 'item', id: itemId });
  await openDraft(id);
}

export interface NewDraftChoice {
  templateId: string;
  body: string;
  date: string;
  firstNumber?: number;
  /** "Ny kallelse": the draft starts as a kallelse and becomes the protokoll later. */
  kallelse?: boolean;
}

/**
 * Creates a draft from a template, fills in what the start screen asked for, and opens it.
 * Returns whether it was created.
 */
export async function createDraft(choice: NewDraftChoice): Promise<boolean> {
  try {
    await saveNow();
    const created = await unwrap(
      api().drafts.create({ templateId: choice.templateId, body: choice.body.trim() || undefined }),
    );
    show(created, undefined);
    notices.clear();
    if (choice.kallelse) updateDraft((d) => ({ ...d, status: 'kallelse' }));
    if (choice.date || choice.firstNumber) {
      updateDraft((d) => ({
        ...d,
        meeting: {
          ...d.meeting,
          date: choice.date || d.meeting.date,
          numbering: {
            ...d.meeting.numbering,
            firstNumber: choice.firstNumber ?? d.meeting.numbering.firstNumber,
          },
        },
      }));
      await saveNow();
    }
    return true;
  } catch (e) {
    notices.error(errorText(e));
    return false;
  }
}

/** Asks main for a .protokoll file and opens it. */
export async function importFile(): Promise<void> {
  try {
    await saveNow();
    const receipt = await unwrap(api().drafts.importFile());
    if (receipt) {
      show(receipt.protocol, receipt.heldBy);
      notices.show(IMPORT_TEXT[receipt.outcome]);
    }
  } catch (e) {
    notices.error(errorText(e));
  }
}

const IMPORT_TEXT: Record<ImportOutcome, string> = {
  new: 'Filen är öppnad och sparad i biblioteket.',
  existing: 'Filen var redan öppnad: utkastet från den visas, med ändringarna du gjort.',
  updated:
    'Filen hade ändrats sedan den öppnades: utkastet har uppdaterats. Det tidigare innehållet finns under Versioner.',
  'new-copy':
    'Filen hade ändrats och utkastet från den var redigerat: filen är öppnad som en ny kopia. Det tidigare utkastet finns kvar.',
};

/** Opens .protokoll files dropped on the window (paths from the preload); shows the last one. */
export async function importDroppedFiles(paths: readonly string[]): Promise<void> {
  try {
    await saveNow();
    let last: ImportReceipt | null = null;
    for (const path of paths) last = await unwrap(api().drafts.importPath(path));
    if (!last) return;
    show(last.protocol, last.heldBy);
    notices.show(
      paths.length > 1
        ? `${paths.length} filer är öppnade och sparade i biblioteket; den sista visas.`
        : IMPORT_TEXT[last.outcome],
    );
  } catch (e) {
    notices.error(errorText(e));
  }
}

/** Saves and returns to the start screen; stays when the save fails, so nothing is lost. */
export async function closeDraft(): Promise<void> {
  await saveNow();
  if (draftStore.isDirty()) {
    notices.error('Protokollet kunde inte sparas och stängs därför inte. Försök igen.');
    return;
  }
  const id = draftStore.get()?.id;
  editHold.set('', undefined);
  draftStore.load(null);
  if (id) await api().drafts.close(id);
}

/** "Ta över": takes the draft from whoever holds it and opens it afresh, editable. */
export async function takeOverDraft(id: string): Promise<void> {
  try {
    const loaded = await unwrap(api().drafts.takeOver(id));
    show(loaded.protocol, undefined);
    notices.show('Du har tagit över protokollet och kan nu redigera det.');
  } catch (e) {
    notices.error(errorText(e));
  }
}
