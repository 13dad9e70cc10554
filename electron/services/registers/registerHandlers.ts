import { ParagrafError } from '../../../shared/errors/paragrafError';
import { safeFileName } from '../../../shared/export/fileName';
import type { Protocol } from '../../../shared/protocol/protocol';
import { registerFromHistory } from '../../../shared/register/registerFromHistory';
import { bodyKey } from '../../../shared/register/registerSchema';
import { atomicWriteFile } from '../files/atomicWrite';
import { nodeFs } from '../files/fsLayer';
import { storageError } from '../drafts/draftError';
import type { DispatcherServices } from '../ipcDispatcher';
import { importRegisterFile } from './importRegisterFile';
import type { RegisterStore } from './registerStore';

/** The newest protokoll of a body read when proposing a register. */
const PROTOCOLS_FOR_PROPOSAL = 24;

/** The register channels of the IPC dispatcher. */
export function registerHandlers(s: DispatcherServices) {
  const store = (): RegisterStore => {
    if (!s.registers) {
      throw new ParagrafError(
        'no-registers',
        'member registers are not available here',
        'Ledamotsregister finns inte här.',
      );
    }
    return s.registers;
  };
  return {
    'registers.list': () => store().list(),
    'registers.load': (body: string) => store().load(body),
    'registers.save': (register: Parameters<RegisterStore['save']>[0]) => store().save(register),
    'registers.importFile': async ({ body }: { body: string }) => {
      const path = await s.dialogs.chooseRegisterFile();
      if (path === null) return null;
      const { register, problems } = await importRegisterFile(nodeFs, path, body, new Date());
      const receipt = await store().save(register);
      s.log(`imported member register for ${body} from ${path}: ${register.people.length} people`);
      return { ...receipt, register, problems };
    },
    'registers.versions': (body: string) => store().versions(body),
    'registers.restoreVersion': async ({
      body,
      versionId,
    }: {
      body: string;
      versionId: string;
    }) => {
      const restored = await store().restoreVersion(body, versionId);
      s.log(`restored version ${versionId} of the member register of ${body}`);
      return restored;
    },
    'registers.exportFile': async (body: string) => {
      const register = await store().load(body);
      if (!register) {
        throw new ParagrafError(
          'register-not-found',
          `no member register for ${body}`,
          'Organet har inget ledamotsregister ännu.',
        );
      }
      const name = safeFileName(
        ['Ledamotsregister', register.body],
        'Ledamotsregister',
        'ledamotsregister',
      );
      const path = await s.dialogs.chooseSavePath(name, 'ledamotsregister');
      if (path === null) return null;
      try {
        await atomicWriteFile(nodeFs, path, `${JSON.stringify(register, null, 2)}\n`, {
          mode: 0o666,
        });
      } catch (error) {
        throw storageError('export the member register', error);
      }
      return { path };
    },
    'registers.fromHistory': async (body: string) => {
      const key = bodyKey(body);
      const same = (await s.drafts.list())
        .filter((d) => !d.damaged && bodyKey(d.body) === key)
        .sort((a, b) => b.date.localeCompare(a.date))
        .slice(0, PROTOCOLS_FOR_PROPOSAL);
      const protocols: Protocol[] = [];
      for (const d of same) {
        const loaded = await s.drafts.load(d.id).catch(() => null);
        if (loaded) protocols.push(loaded.protocol);
      }
      // Spelled as the newest protokoll spells it, not as typed in the search.
      return registerFromHistory(protocols[0]?.meeting.body.trim() || body, protocols, new Date());
    },
  };
}
