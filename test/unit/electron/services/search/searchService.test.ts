import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftLibrary, type DraftLibrary } from '../../../../../electron/services/drafts';
import { INDEX_CACHE_FILE } from '../../../../../electron/services/search/indexCache';
import {
  createSearchService,
  type SearchService,
} from '../../../../../electron/services/search/searchService';
import { serializeProtocol } from '../../../../../shared/protocol/parse';
import { protocolWithItems } from '../../../../generate/archive';
import { tempFolder } from '../drafts/helpers';

let dir: string;
let cleanup: () => Promise<void>;
let search: SearchService;
let drafts: DraftLibrary;

function open(): void {
  search = createSearchService({ root: dir, persistDelayMs: 10 });
  drafts = createDraftLibrary({ root: dir, onChange: (id, p) => void search.update(id, p) });
}

const old = protocolWithItems({ id: 'ks-2021', body: 'Kommunstyrelsen', date: '2021-03-15' }, [
  {
    title: 'Ny förskola i Älvsbyn',
    dnr: 'KS 2021/0042',
    text: 'Byggnadsnämnden har yttrat sig om förskolans placering.',
    atts: [
      'att godkänna avtalet med Ölands bygg AB',
      'att ge förvaltningen i uppdrag att upphandla',
    ],
  },
  { title: 'Information om budget', kind: 'information', text: 'Ekonomichefen informerar.' },
]);
const recent = protocolWithItems(
  { id: 'bun-2024', body: 'Barn- och utbildningsnämnden', date: '2024-05-02', status: 'utkast' },
  [{ title: 'Skolskjuts', text: 'Nämnden beslutade om nya regler.', atts: ['att anta reglerna'] }],
);

beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-search-'));
  open();
  await drafts.save(old);
  await drafts.save(recent);
});
afterEach(async () => {
  await search.close();
  await cleanup();
});

const titles = async (query: string, filter = {}) =>
  (await search.search({ query, ...filter })).hits.map((h) => `${h.body} ${h.label} ${h.title}`);

describe('archive search', () => {
  it('finds an item of a protokoll from years ago by a word of its decision', async () => {
    const answer = await search.search({ query: 'upphandla' });
    expect(answer.hits).toHaveLength(1);
    expect(answer.hits[0]).toMatchObject({
      draftId: 'ks-2021',
      itemId: 'i1',
      date: '2021-03-15',
      label: '§ 1',
      title: 'Ny förskola i Älvsbyn',
    });
    const marked = answer.hits[0]!.snippet.filter((p) => p.mark).map((p) => p.text);
    expect(marked).toEqual(['upphandla']);
  });

  it('is Swedish-aware: case, å/ä/ö, word endings and compound words by their start', async () => {
    expect(await titles('ÄLVSBYN')).toEqual(['Kommunstyrelsen § 1 Ny förskola i Älvsbyn']);
    expect(await titles('ölands')).toHaveLength(1);
    // å/ä/ö are letters of their own: "olands" is another word.
    expect(await titles('olands')).toEqual([]);
    // "beslut" finds "beslutade" (a suffix stripped), "förskolor" finds "förskolans".
    expect(await titles('beslut')).toContain('Barn- och utbildningsnämnden § 1 Skolskjuts');
    expect(await titles('förskolor')).toHaveLength(1);
    // A compound word is found by its start.
    expect(await titles('bygg')).toHaveLength(1);
    expect(await titles('KS 2021/0042')).toHaveLength(1);
  });

  it('filters by body, year, status and decisions only', async () => {
    expect(await titles('nämnd', { year: '2024' })).toEqual([
      'Barn- och utbildningsnämnden § 1 Skolskjuts',
    ]);
    expect(await titles('informerar', { onlyDecisions: true })).toEqual([]);
    expect(await titles('informerar')).toHaveLength(1);
    expect(await titles('regler', { status: 'justerat' })).toEqual([]);
    expect(await titles('regler', { body: 'Barn- och utbildningsnämnden' })).toHaveLength(1);
    const answer = await search.search({ query: 'x' });
    expect(answer.years).toEqual(['2024', '2021']);
  });

  it('follows every save and the trash', async () => {
    await search.open();
    await drafts.save({ ...recent, items: [{ ...recent.items[0]!, title: 'Skolmåltider' }] });
    await search.flush();
    expect(await titles('skolmåltider')).toHaveLength(1);
    expect(await titles('skolskjuts')).toEqual([]);
    await drafts.trash('bun-2024');
    await search.flush();
    expect(await titles('skolmåltider')).toEqual([]);
    await drafts.restoreFromTrash('bun-2024');
    await search.flush();
    expect(await titles('skolmåltider')).toHaveLength(1);
  });

  it('writes a cache and, on the next start, reads only the files changed since', async () => {
    await search.open();
    await search.close();
    const cache = JSON.parse(await readFile(join(dir, INDEX_CACHE_FILE), 'utf8')) as {
      drafts: Record<string, unknown>;
    };
    expect(Object.keys(cache.drafts).sort()).toEqual(['bun-2024', 'ks-2021']);
    // Another machine changed a file (synced folder): new content, new mtime.
    const file = join(dir, 'drafts', 'ks-2021.protokoll');
    const changed = { ...old, items: [{ ...old.items[0]!, title: 'Ny förskola i Piteå' }] };
    await writeFile(file, serializeProtocol(changed));
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    const logs: string[] = [];
    search = createSearchService({ root: dir, log: (m) => logs.push(m) });
    expect(await titles('piteå')).toHaveLength(1);
    expect(await titles('älvsbyn')).toEqual([]);
    expect(logs.join('\n')).toContain('1 of 2 drafts read from their files');
  });

  it('rebuilds from the files when the cache is damaged or foreign', async () => {
    await search.close();
    for (const junk of ['{not json', '{"searchIndexVersion":1,"drafts":{"x":{"size":"a"}}}']) {
      await writeFile(join(dir, INDEX_CACHE_FILE), junk);
      search = createSearchService({ root: dir });
      expect(await titles('upphandla')).toHaveLength(1);
      await search.close();
      // The damaged cache was replaced by a good one.
      expect(JSON.parse(await readFile(join(dir, INDEX_CACHE_FILE), 'utf8'))).toHaveProperty(
        'searchIndexVersion',
        1,
      );
    }
  });

  it('lists the decisions, newest meeting first, with their att-satser', async () => {
    const rows = await search.decisions({});
    expect(rows.map((r) => [r.date, r.label, r.title, r.attSatser.length])).toEqual([
      ['2024-05-02', '§ 1', 'Skolskjuts', 1],
      ['2021-03-15', '§ 1', 'Ny förskola i Älvsbyn', 2],
    ]);
    expect(await search.decisions({ query: 'avtalet' })).toHaveLength(1);
    expect(await search.decisions({ year: '2024' })).toHaveLength(1);
  });
});

describe('short terms', () => {
  it('matches a one- or two-letter term whole, a longer one also as a start', async () => {
    expect(await titles('ks')).toHaveLength(1); // "KS 2021/0042"
    expect(await titles('sk')).toEqual([]); // not a prefix of "Skolskjuts"
    expect(await titles('sko')).toHaveLength(1);
  });
});

describe('first page', () => {
  it('counts every match but maps only the first page, the best-ranked ones', async () => {
    const all = await search.search({ query: 'att' });
    expect(all.total).toBe(2);
    expect(all.hits).toHaveLength(2);
    const page = await search.search({ query: 'att', limit: 1 });
    expect(page.total).toBe(2);
    expect(page.hits).toEqual(all.hits.slice(0, 1));
    const filtered = await search.search({ query: 'att', limit: 1, year: '2024' });
    expect(filtered.total).toBe(1);
    expect(filtered.hits.map((h) => h.draftId)).toEqual(['bun-2024']);
  });
});
