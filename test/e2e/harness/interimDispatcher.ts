import type { DraftLibrary } from '../../../electron/services/drafts';
import { DraftError } from '../../../electron/services/drafts';
import { channels, type Channel } from '../../../shared/ipc/contract';
import { err, ok } from '../../../shared/ipc/result';
import {
  BUILT_IN_TEMPLATES,
  getTemplate,
  listTemplateSummaries,
} from '../../../shared/template/builtInTemplates';
import type { Dispatch, StubDialogs } from './services';

/**
 * Stand-in for the main process dispatcher until it exists: the real drafts library, payloads
 * validated with the contract's schemas. Export is not available here.
 */
export function createInterimDispatcher(drafts: DraftLibrary, dialogs: StubDialogs): Dispatch {
  return async (channel: Channel, raw: unknown) => {
    const parsed = channels[channel]?.payload.safeParse(raw);
    if (!parsed?.success)
      return err('bad-payload', `bad payload for ${channel}`, 'Ogiltig begäran.');
    const payload = parsed.data as never;
    try {
      switch (channel) {
        case 'templates.list':
          return ok(listTemplateSummaries());
        case 'templates.get':
          return ok(getTemplate(payload) ?? null);
        case 'drafts.list':
          return ok(await drafts.list());
        case 'drafts.create': {
          const p = payload as { templateId: string; body?: string };
          const template = getTemplate(p.templateId) ?? BUILT_IN_TEMPLATES[0]!;
          return ok(await drafts.createFromTemplate(template, { body: p.body }));
        }
        case 'drafts.load':
          return ok(await drafts.load(payload));
        case 'drafts.save':
          return ok(await drafts.save(payload));
        case 'drafts.history':
          return ok(await drafts.history(payload));
        case 'drafts.restoreVersion': {
          const p = payload as { id: string; versionId: string };
          return ok(await drafts.restoreVersion(p.id, p.versionId));
        }
        case 'drafts.trash':
          await drafts.trash(payload);
          return ok(null);
        case 'drafts.listTrash':
          return ok(await drafts.listTrash());
        case 'drafts.restoreFromTrash':
          return ok(await drafts.restoreFromTrash(payload));
        case 'drafts.importFile': {
          const path = dialogs.nextOpenPath;
          dialogs.nextOpenPath = null;
          return ok(path ? await drafts.importFile(path) : null);
        }
        default:
          return err(
            'not-available',
            `${channel} is not available yet`,
            'Funktionen finns inte ännu.',
          );
      }
    } catch (e) {
      if (e instanceof DraftError) return err(e.code, e.en, e.sv);
      return err('internal', String(e), 'Något gick fel.');
    }
  };
}
