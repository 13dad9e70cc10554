import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { importRegisterFile } from '../../../../../electron/services/registers/importRegisterFile';
import {
  registerFile,
  registerPaths,
} from '../../../../../electron/services/registers/registerPaths';
import { createRegisterStore } from '../../../../../electron/services/registers/registerStore';
import { nodeFs } from '../../../../../electron/services/files/fsLayer';
import { emptyRegister, registerSchema } from '../../../../../shared/register/registerSchema';
import { removeForbiddenCharacters } from '../../../../../shared/protocol/forbiddenCharacters';
import { hostileStrings } from '../../../../generate/hostileText';
import {
  MEMBER_LIST_HEADER,
  memberListRows,
  toSemicolonCsv,
} from '../../../../generate/memberList';

const tempLibrary = () => mkdtemp(join(tmpdir(), 'paragraf-registers-'));

describe('member register files', () => {
  it('saves atomically, loads through validation and keeps earlier versions', async () => {
    const root = await tempLibrary();
    let clock = Date.parse('2025-01-01T10:00:00Z');
    const store = createRegisterStore({ root: () => root, now: () => new Date((clock += 60_000)) });
    expect(await store.load('Socialnämnden')).toBeNull();
    const first = { ...emptyRegister('Socialnämnden', new Date()), people: [] };
    await store.save({ ...first, people: [{ id: 'a', name: 'Anna Öhman', kind: 'ledamot' }] });
    await store.save({ ...first, people: [{ id: 'b', name: 'Beatrice Öhman', kind: 'ledamot' }] });
    const loaded = await store.load(' socialnämnden ');
    expect(loaded!.people.map((p) => p.name)).toEqual(['Beatrice Öhman']);
    const history = join(registerPaths(root).history);
    const [slug] = await readdir(history);
    const versions = await readdir(join(history, slug!));
    expect(versions).toHaveLength(1);
    expect(await readFile(join(history, slug!, versions[0]!), 'utf8')).toContain('Anna Öhman');
    expect(await store.list()).toMatchObject([{ body: 'Socialnämnden', ledamoter: 1 }]);
  });

  it('refuses a damaged or foreign file with a Swedish message and never replaces it silently', async () => {
    const root = await tempLibrary();
    const store = createRegisterStore({ root: () => root });
    await store.save(emptyRegister('Kommunstyrelsen', new Date()));
    const file = registerFile(registerPaths(root), 'Kommunstyrelsen');
    const foreign = '{"format":"något annat","people":[]}';
    await writeFile(file, foreign);
    await expect(store.load('Kommunstyrelsen')).rejects.toMatchObject({
      code: 'register-damaged',
      sv: expect.stringContaining('Filen har inte ändrats'),
    });
    expect(await readFile(file, 'utf8')).toBe(foreign);
    expect(await store.list()).toMatchObject([{ damaged: true }]);
    // Saving over it says so, and the damaged file is kept as a version.
    const receipt = await store.save(emptyRegister('Kommunstyrelsen', new Date()));
    expect(receipt.replacedDamaged).toBe(true);
    const history = registerPaths(root).history;
    const [slug] = await readdir(history);
    const kept = await Promise.all(
      (await readdir(join(history, slug!))).map((v) => readFile(join(history, slug!, v), 'utf8')),
    );
    expect(kept).toContain(foreign);
  });

  it('imports the same list from XLSX and from a Windows-1252 CSV', async () => {
    const dir = await tempLibrary();
    const rows = [MEMBER_LIST_HEADER, ...memberListRows()];
    const xlsx = join(dir, 'ledamöter.xlsx');
    await writeFile(
      xlsx,
      await writeXlsxFile(rows.map((r) => r.map((value) => ({ value })))).toBuffer(),
    );
    const csv = join(dir, 'ledamöter.csv');
    await writeFile(csv, Buffer.from(toSemicolonCsv(rows), 'latin1'));
    const fromXlsx = await importRegisterFile(nodeFs, xlsx, 'Socialnämnden', new Date());
    const fromCsv = await importRegisterFile(nodeFs, csv, 'Socialnämnden', new Date());
    const strip = (r: typeof fromCsv) => r.register.people.map(({ id: _, ...rest }) => rest);
    expect(strip(fromXlsx)).toEqual(strip(fromCsv));
    expect(fromCsv.register.people).toHaveLength(26);
    expect(fromCsv.register.people[0]!.name).toBe('Anna Öhman');
  });

  it('refuses a file that is not a spreadsheet with a Swedish message', async () => {
    const dir = await tempLibrary();
    const fake = join(dir, 'lista.xlsx');
    await writeFile(fake, 'PK\u0003\u0004 inte en arbetsbok');
    await expect(importRegisterFile(nodeFs, fake, 'Nämnden', new Date())).rejects.toMatchObject({
      sv: expect.stringContaining('Excel-arbetsbok'),
    });
  });
});

describe('a register file from a colleague', () => {
  it('takes hostile names only within the schema, without characters a document cannot hold', async () => {
    const dir = await tempLibrary();
    const names = hostileStrings(31, 300, 200).filter(
      (n) => removeForbiddenCharacters(n).trim() !== '',
    );
    const shared = {
      ...emptyRegister('Annat organ', new Date(0)),
      people: names.map((name, i) => ({
        id: `p${i}`,
        name,
        kind: i % 2 ? 'ersattare' : 'ledamot',
        party: name.slice(0, 50),
        organisation: name,
      })),
    };
    const file = join(dir, 'delad.ledamotsregister');
    await writeFile(file, JSON.stringify(shared));
    const { register } = await importRegisterFile(nodeFs, file, 'Socialnämnden', new Date());
    expect(register.body).toBe('Socialnämnden');
    expect(registerSchema.safeParse(register).success).toBe(true);
    for (const p of register.people) {
      expect(removeForbiddenCharacters(p.name)).toBe(p.name);
      expect(removeForbiddenCharacters(p.organisation ?? '')).toBe(p.organisation ?? '');
    }
  });

  it('refuses a foreign JSON file with a Swedish message', async () => {
    const dir = await tempLibrary();
    const file = join(dir, 'annat.json');
    await writeFile(file, JSON.stringify({ people: [{ name: 'X' }] }));
    await expect(importRegisterFile(nodeFs, file, 'Nämnden', new Date())).rejects.toMatchObject({
      code: 'register-damaged',
    });
  });
});
