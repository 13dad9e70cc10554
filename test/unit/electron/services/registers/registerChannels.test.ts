import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDispatcher } from '../../../../../electron/services/ipcDispatcher';
import { createRegisterStore } from '../../../../../electron/services/registers/registerStore';
import type { IpcResult } from '../../../../../shared/ipc/result';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import {
  attendanceFromRegister,
  callInSubstitute,
  substitutesFor,
} from '../../../../../shared/register/registerAttendance';
import type { Register } from '../../../../../shared/register/registerSchema';
import type {
  RegisterImportReceipt,
  RegisterSummary,
} from '../../../../../shared/register/registerTypes';
import {
  MEMBER_LIST_HEADER,
  memberListRows,
  toSemicolonCsv,
} from '../../../../generate/memberList';
import { tempFolder } from '../drafts/helpers';
import { createHarness } from '../ipc/dispatcherHarness';

let dir: string;
let cleanup: () => Promise<void>;
let dispatch: ReturnType<typeof createDispatcher>;
const answers = { register: null as string | null, save: null as string | null };

beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-register-ipc-'));
  const h = createHarness(dir);
  dispatch = createDispatcher({
    ...h.services,
    registers: createRegisterStore({ root: () => join(dir, 'lib') }),
    dialogs: {
      ...h.services.dialogs,
      chooseRegisterFile: async () => answers.register,
      chooseSavePath: async () => answers.save,
    },
  });
  // The app lists the library at start, which creates the local library's folder.
  value(await dispatch('drafts.list', undefined));
});
afterEach(() => cleanup());

function value<T>(r: IpcResult<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.en}`);
  return r.value as T;
}

it('imports a CSV as the body’s register, exports it, and a colleague imports the file', async () => {
  const csv = join(dir, 'lista.csv');
  await writeFile(csv, toSemicolonCsv([MEMBER_LIST_HEADER, ...memberListRows()]));
  answers.register = csv;
  const receipt = value<RegisterImportReceipt>(
    await dispatch('registers.importFile', { body: 'Socialnämnden' }),
  );
  expect(receipt.register.people).toHaveLength(26);
  const loaded = value<Register>(await dispatch('registers.load', 'Socialnämnden'));
  expect(loaded.people).toEqual(receipt.register.people);

  const shared = join(dir, 'Ledamotsregister Socialnämnden.ledamotsregister');
  answers.save = shared;
  expect(value(await dispatch('registers.exportFile', 'Socialnämnden'))).toEqual({ path: shared });
  expect(JSON.parse(await readFile(shared, 'utf8'))).toEqual(loaded);
  answers.register = shared;
  value(await dispatch('registers.importFile', { body: 'Socialnämndens AU' }));
  const list = value<RegisterSummary[]>(await dispatch('registers.list', undefined));
  expect(list.map((r) => [r.body, r.ersattare])).toEqual([
    ['Socialnämnden', 13],
    ['Socialnämndens AU', 13],
  ]);
  // Cancelled dialogs change nothing.
  answers.register = null;
  expect(value(await dispatch('registers.importFile', { body: 'Socialnämnden' }))).toBeNull();
});

it('refuses an empty body name and a register that breaks the schema', async () => {
  const empty = await dispatch('registers.load', '   ');
  expect(empty.ok).toBe(false);
  const bad = await dispatch('registers.save', { format: 'paragraf-ledamotsregister', people: [] });
  expect(bad.ok ? '' : bad.error.code).toBe('invalid-payload');
});

it('proposes a register from the body’s earlier protokoll', async () => {
  const csv = join(dir, 'lista.csv');
  await writeFile(csv, toSemicolonCsv([MEMBER_LIST_HEADER, ...memberListRows()]));
  answers.register = csv;
  const { register } = value<RegisterImportReceipt>(
    await dispatch('registers.importFile', { body: 'Socialnämnden' }),
  );
  for (const [body, date] of [
    ['Socialnämnden', '2025-02-01'],
    ['Socialnämnden', '2025-03-01'],
    ['Kommunstyrelsen', '2025-03-01'],
  ] as const) {
    const created = value<Protocol>(
      await dispatch('drafts.create', { templateId: 'kommunal-namnd', body }),
    );
    let p = attendanceFromRegister({ ...created, meeting: { ...created.meeting, date } }, register);
    const member = p.attendance.people[1]!;
    p = callInSubstitute(p, substitutesFor(p, register, member)[0]!, member.id);
    value(await dispatch('drafts.save', p));
  }
  const proposal = value<Register>(await dispatch('registers.fromHistory', 'socialnämnden'));
  expect(proposal.body).toBe('Socialnämnden');
  expect(proposal.people.filter((p) => p.kind === 'ledamot')).toHaveLength(13);
  const ersattare = proposal.people.filter((p) => p.kind === 'ersattare');
  expect(ersattare.map((p) => [p.name, p.party, p.order])).toEqual([['Lars Ekson', 'S', 1]]);
  expect(proposal.people.find((p) => p.name === 'Anna Öhman')?.role).toBe('ordforande');
});

it('restores the register an import replaced, keeping the imported one as a version', async () => {
  const csv = join(dir, 'lista.csv');
  await writeFile(csv, toSemicolonCsv([MEMBER_LIST_HEADER, ...memberListRows()]));
  answers.register = csv;
  const first = value<RegisterImportReceipt>(
    await dispatch('registers.importFile', { body: 'Socialnämnden' }),
  ).register;
  const short = join(dir, 'kort.csv');
  await writeFile(short, 'Namn;Parti\nEn Enda;S\n');
  answers.register = short;
  value(await dispatch('registers.importFile', { body: 'Socialnämnden' }));
  const versions = value<{ versionId: string }[]>(
    await dispatch('registers.versions', 'Socialnämnden'),
  );
  expect(versions).toHaveLength(1);
  const restored = value<Register>(
    await dispatch('registers.restoreVersion', {
      body: 'Socialnämnden',
      versionId: versions[0]!.versionId,
    }),
  );
  expect(restored.people).toEqual(first.people);
  expect(value<Register>(await dispatch('registers.load', 'Socialnämnden')).people).toHaveLength(
    26,
  );
  expect(value<unknown[]>(await dispatch('registers.versions', 'Socialnämnden'))).toHaveLength(2);
  const bad = await dispatch('registers.restoreVersion', {
    body: 'Socialnämnden',
    versionId: '../x',
  });
  expect(bad.ok ? '' : bad.error.sv).toBe('Versionen finns inte.');
});
