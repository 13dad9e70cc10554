import { protocolSchema } from '../../../shared/protocol/protocol';
import { api, errorText, unwrap } from '../ipc/paragraf';
import { clearJournal, readJournal } from './unsavedJournal';

/**
 * Saves edits kept from a page that closed before its last save finished. Returns a message for
 * the user, or null when there was nothing to recover.
 */
export async function recoverJournal(): Promise<string | null> {
  const raw = readJournal();
  if (!raw) return null;
  const parsed = protocolSchema.safeParse(raw);
  if (!parsed.success) {
    clearJournal();
    return null;
  }
  try {
    await unwrap(api().drafts.save(parsed.data));
    clearJournal();
    return `Osparade ändringar i ”${parsed.data.meeting.body || 'protokollet'}” har återställts och sparats.`;
  } catch (e) {
    return `Osparade ändringar kunde inte återställas: ${errorText(e)}`;
  }
}
