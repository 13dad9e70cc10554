import { describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../../../shared/ipc/contract';
import {
  lastItemNumber,
  suggestFirstNumber,
} from '../../../../renderer/meeting/suggestFirstNumber';

const draft = (id: string, body: string, date: string, itemRange: string): DraftSummary => ({
  id,
  body,
  date,
  title: body,
  status: 'utkast',
  updatedAt: '2020-12-01T10:00:00.000Z',
  itemRange,
});

const library = [
  draft('a', 'Kommunstyrelsen', '2020-10-14', '§ 30–§ 38'),
  draft('b', 'Kommunstyrelsen', '2020-11-18', '§ 39–§ 45'),
  draft('c', 'Kommunstyrelsen', '2019-12-10', '§ 80–§ 92'),
  draft('d', 'Bygg- och miljönämnden', '2020-11-30', '§ 100–§ 120'),
  draft('e', 'Kommunstyrelsen', '2021-01-20', '§ 1–§ 9'),
];

describe('suggestFirstNumber', () => {
  it('continues from the latest earlier protokoll of the same body that year', () => {
    const s = suggestFirstNumber(library, { body: 'Kommunstyrelsen', date: '2020-12-16' });
    expect(s?.number).toBe(46);
    expect(s?.previous.id).toBe('b');
  });

  it('matches the body regardless of case and surrounding spaces', () => {
    expect(
      suggestFirstNumber(library, { body: '  kommunstyrelsen ', date: '2020-12-16' })?.number,
    ).toBe(46);
  });

  it('ignores later meetings, other years, other bodies and the draft itself', () => {
    expect(
      suggestFirstNumber(library, { body: 'Kommunstyrelsen', date: '2020-11-01' })?.number,
    ).toBe(39);
    expect(
      suggestFirstNumber(library, { body: 'Kommunstyrelsen', date: '2021-03-01' })?.number,
    ).toBe(10);
    expect(
      suggestFirstNumber(library, { id: 'b', body: 'Kommunstyrelsen', date: '2020-11-18' })?.number,
    ).toBe(39);
  });

  it('suggests nothing for the first meeting of a year or without body and date', () => {
    expect(suggestFirstNumber(library, { body: 'Kommunstyrelsen', date: '2020-01-05' })).toBeNull();
    expect(suggestFirstNumber(library, { body: '', date: '2020-12-16' })).toBeNull();
    expect(suggestFirstNumber(library, { body: 'Kommunstyrelsen', date: '' })).toBeNull();
  });

  it('skips protokoll without items', () => {
    const withEmpty = [...library, draft('f', 'Kommunstyrelsen', '2020-12-01', '')];
    expect(
      suggestFirstNumber(withEmpty, { body: 'Kommunstyrelsen', date: '2020-12-16' })?.number,
    ).toBe(46);
  });
});

describe('lastItemNumber', () => {
  it('reads the last number of printed ranges', () => {
    expect(lastItemNumber('§ 46–§ 55')).toBe(55);
    expect(lastItemNumber('§ 46 - § 55 a')).toBe(55);
    expect(lastItemNumber('1 - 10')).toBe(10);
    expect(lastItemNumber('§ 7')).toBe(7);
    expect(lastItemNumber('')).toBeNull();
  });
});
