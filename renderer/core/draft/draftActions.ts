import { api, errorText, unwrap } from '../ipc/paragraf';
import { draftStore, updateDraft } from '../state/draftStore';
import type { ImportOutcome, ImportReceipt } from '../../../shared/ipc/contract';
import { notices } from '../widgets/Notice';
import { saveNow } from './session';

/** Opens a draft from the library. */
export async function openDraft(id: string): Promise<void> {
  try {
    await saveNow();
    const loaded = await unwrap(api().drafts.load(id));
    draftStore.load(loaded.protocol);
    if (loaded.recovered) notices.show(loaded.recovered.sv);
    else notices.clear();
  } catch (e) {
    notices.error(errorText(e));
  }
}

export interface NewDraftChoice {
  templateId: string;
  body: string;
  date: string;
  firstNumber?: number;
  /** "Ny kallelse": the draft starts as a kallelse and becomes the protokoll later. */
  kallelse?: boolean;
}

/** Creates a draft from a template, fills in what the start screen asked for, and opens it. */
export async function createDraft(choice: NewDraftChoice): Promise<void> {
  try {
    await saveNow();
    const created = await unwrap(
      api().drafts.create({ templateId: choice.templateId, body: choice.body.trim() || undefined }),
    );
    draftStore.load(created);
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
  } catch (e) {
    notices.error(errorText(e));
  }
}

/** Asks main for a .protokoll file and opens it. */
export async function importFile(): Promise<void> {
  try {
    await saveNow();
    const receipt = await unwrap(api().drafts.importFile());
    if (receipt) {
      draftStore.load(receipt.protocol);
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
    draftStore.load(last.protocol);
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
  draftStore.load(null);
}
