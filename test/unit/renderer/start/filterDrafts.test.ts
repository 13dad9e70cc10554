import { describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../../../shared/ipc/contract';
import { filterDrafts, filterOptions } from '../../../../renderer/start/filterDrafts';

const d = (id: string, body: string, date: string, updatedAt: string): DraftSummary => ({
  id,
  body,
  date,
  title: `Protokoll ${body}`,
  status: 'utkast',
  updatedAt,
  itemRange: '',
});
const drafts = [
  d('old', 'Kommunstyrelsen', '2020-11-18', '2020-11-20T08:00:00.000Z'),
  d('new', 'Kommunstyrelsen', '2020-12-16', '2020-12-17T08:00:00.000Z'),
  d('bmn', 'Bygg- och miljönämnden', '2021-01-12', '2020-12-01T08:00:00.000Z'),
];
const none = { text: '', body: '', year: '' };

describe('filterDrafts', () => {
  it('lists the most recently changed first', () => {
    expect(filterDrafts(drafts, none).map((x) => x.id)).toEqual(['new', 'bmn', 'old']);
  });
  it('filters by body, year and every typed word', () => {
    expect(filterDrafts(drafts, { ...none, body: 'Kommunstyrelsen' }).map((x) => x.id)).toEqual([
      'new',
      'old',
    ]);
    expect(filterDrafts(drafts, { ...none, year: '2021' }).map((x) => x.id)).toEqual(['bmn']);
    expect(filterDrafts(drafts, { ...none, text: 'miljö 2021' }).map((x) => x.id)).toEqual(['bmn']);
    expect(
      filterDrafts(drafts, { ...none, text: 'KOMMUNSTYRELSEN 12-16' }).map((x) => x.id),
    ).toEqual(['new']);
    expect(filterDrafts(drafts, { ...none, text: 'socialnämnden' })).toEqual([]);
  });
  it('offers each body and year once, sorted', () => {
    expect(filterOptions(drafts)).toEqual({
      bodies: ['Bygg- och miljönämnden', 'Kommunstyrelsen'],
      years: ['2021', '2020'],
    });
  });
});
