import { describe, expect, it } from 'vitest';
import {
  addDays,
  appealEndDate,
  suggestedNoticeDates,
  type Protocol,
} from '../../../../shared/protocol';
import { validateProtocol } from '../../../../shared/validation/validateProtocol';
import { loadFixture } from '../../../fixtures/loadFixture';

function noticeWarnings(adjusted: string, posted: string, removed: string) {
  const p: Protocol = loadFixture();
  p.signatures.adjustmentDate = adjusted;
  p.notice.postedDate = posted;
  p.notice.removalDate = removed;
  return validateProtocol(p).map((w) => ({ code: w.code, ...w.location }));
}

describe('the anslag and the law', () => {
  it('suggests dates that meet the rules: the day after justering, for three weeks', () => {
    expect(suggestedNoticeDates('2020-12-18')).toEqual({
      postedDate: '2020-12-19',
      removalDate: '2021-01-09',
    });
    expect(appealEndDate('2021-02-20')).toBe('2021-03-13');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    const { postedDate, removalDate } = suggestedNoticeDates('2020-12-18');
    expect(noticeWarnings('2020-12-18', postedDate, removalDate)).toEqual([]);
  });

  it('warns when posted 10 days after justering and taken down 2 days later', () => {
    expect(noticeWarnings('2020-12-18', '2020-12-28', '2020-12-30')).toEqual([
      { code: 'notice-posted-late', kind: 'notice', field: 'postedDate' },
      { code: 'notice-removed-early', kind: 'notice', field: 'removalDate' },
    ]);
  });

  it('accepts the second day after justering and exactly three weeks; not one day more or less', () => {
    expect(noticeWarnings('2020-12-18', '2020-12-20', '2021-01-10')).toEqual([]);
    expect(noticeWarnings('2020-12-18', '2020-12-21', '2021-01-11').map((w) => w.code)).toEqual([
      'notice-posted-late',
    ]);
    expect(noticeWarnings('2020-12-18', '2020-12-20', '2021-01-09').map((w) => w.code)).toEqual([
      'notice-removed-early',
    ]);
  });

  it('warns when posted before justering', () => {
    expect(noticeWarnings('2020-12-18', '2020-12-17', '2021-01-09').map((w) => w.code)).toEqual([
      'notice-before-adjustment',
    ]);
  });
});
