import { describe, expect, it } from 'vitest';
import { createTermIndexEngine } from '../../../../../electron/services/search/termIndexEngine';
import { itemRecordsOf } from '../../../../../shared/search/itemRecords';
import type { ItemRecord } from '../../../../../shared/search/searchTypes';
import { queryTerms } from '../../../../../shared/search/swedishTerms';
import { createMiniSearchIndex, miniSearchRanking } from '../../../../bench/miniSearchEngine';
import { archiveProtocol, protocolWithItems } from '../../../../generate/archive';

const QUERIES = [
  'beslut',
  'besl',
  'att',
  'att godkänna',
  'kommunstyrelsen',
  'budget',
  'bygg',
  'ks 2023',
  'skol',
  'b',
  'ks',
  'detaljplan förskola',
  'finnsinte',
  'skolskjuts',
];
const PAGE = 50;

const draft = (n: number): ItemRecord[] => itemRecordsOf(archiveProtocol(n));

/**
 * The term index must rank as MiniSearch did: the same number of matches, and a first page of
 * the best-scored records (equal scores may come in another order, so scores are compared).
 */
function expectSameRanking(
  engine: ReturnType<typeof createTermIndexEngine>,
  reference: ReturnType<typeof createMiniSearchIndex>,
  accept?: (key: string) => boolean,
): void {
  for (const query of QUERIES) {
    const terms = queryTerms(query);
    const expected = miniSearchRanking(reference, terms, accept);
    const scoreOf = new Map(expected.map((r) => [r.key, r.score]));
    const got = engine.search(terms, { accept, limit: PAGE });
    expect(got.total, query).toBe(expected.length);
    expect(got.keys, query).toHaveLength(Math.min(PAGE, expected.length));
    const gotScores = got.keys.map((k) => scoreOf.get(k) ?? Number.NaN);
    const bestScores = expected.slice(0, PAGE).map((r) => r.score);
    gotScores.forEach((s, i) => expect(s, `${query} #${i}`).toBeCloseTo(bestScores[i]!, 9));
  }
}

/** A word once in a title against the same word often in the text: the title boost decides. */
const titleOrText = itemRecordsOf(
  protocolWithItems({ id: 'titel', body: 'Kommunstyrelsen', date: '2024-01-10' }, [
    { title: 'Skolskjuts', text: 'Ärendet gäller nya regler.' },
    {
      title: 'Regler',
      text: 'Skolskjuts och skolskjutsar: skolskjutsen ordnas av skolskjutsenheten. '.repeat(2),
    },
  ]),
);

describe('term index engine', () => {
  const drafts = [...Array.from({ length: 60 }, (_, n) => draft(n)), titleOrText];

  it('finds and ranks as MiniSearch did, counting every match but ranking one page', () => {
    const engine = createTermIndexEngine();
    const reference = createMiniSearchIndex();
    for (const records of drafts) {
      engine.add(records);
      reference.addAll(records);
    }
    expect(engine.search(queryTerms('beslut')).total).toBeGreaterThan(PAGE);
    expectSameRanking(engine, reference);
    expectSameRanking(engine, reference, (key) => key.startsWith('arkiv-1'));
  });

  it('ranks the same after drafts are saved again and removed', () => {
    const engine = createTermIndexEngine();
    const reference = createMiniSearchIndex();
    for (const records of drafts) {
      engine.add(records);
      reference.addAll(records);
    }
    for (const n of [3, 17, 42]) {
      const saved = drafts[n]!.map((r, i) => (i === 2 ? { ...r, title: 'Ändrad rubrik' } : r));
      engine.remove(drafts[n]!);
      engine.add(saved);
      reference.removeAll(drafts[n]!);
      reference.addAll(saved);
    }
    engine.remove(drafts[8]!);
    // remove, not discard: discard leaves the postings behind, skewing MiniSearch's own scores.
    reference.removeAll(drafts[8]!);
    expectSameRanking(engine, reference);
    expect(engine.search(queryTerms('ändrad rubrik')).total).toBe(3);
  });

  it('ranks the same after most drafts were saved again, their common words compacted', () => {
    const engine = createTermIndexEngine();
    const reference = createMiniSearchIndex();
    for (const records of drafts) {
      engine.add(records);
      reference.addAll(records);
    }
    for (const records of drafts.slice(0, 45)) {
      engine.remove(records);
      engine.add(records);
      reference.removeAll(records);
      reference.addAll(records);
    }
    expectSameRanking(engine, reference);
  });

  it('replaces a record added again under the same key, old words and all', () => {
    const engine = createTermIndexEngine();
    const [record] = draft(0);
    engine.add([{ ...record!, title: 'Skolskjuts' }]);
    engine.add([{ ...record!, title: 'Skolmåltider' }]);
    expect(engine.search(['skolskjut']).total).toBe(0);
    expect(engine.search(['skolmåltid'])).toEqual({ total: 1, keys: [record!.key] });
  });

  it('finds nothing for no terms, an empty index, or a term matched by no record', () => {
    const engine = createTermIndexEngine();
    expect(engine.search(['beslut'])).toEqual({ total: 0, keys: [] });
    engine.add(drafts[0]!);
    expect(engine.search([])).toEqual({ total: 0, keys: [] });
    expect(engine.search(['beslut', 'finnsinte'])).toEqual({ total: 0, keys: [] });
  });
});
