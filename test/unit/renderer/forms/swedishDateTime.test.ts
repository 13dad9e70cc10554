import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMinutes,
  parseSwedishDate,
  parseSwedishTime,
  readSwedishDate,
  readSwedishTime,
} from '../../../../renderer/forms/swedishDateTime';

describe('Swedish date field parsing', () => {
  it.each([
    ['2020-12-16', '2020-12-16'],
    [' 2020-12-6 ', '2020-12-06'],
    ['2020.12.16', '2020-12-16'],
    ['2020 1 5', '2020-01-05'],
    ['20201216', '2020-12-16'],
    ['2024-02-29', '2024-02-29'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseSwedishDate(text)).toBe(iso);
  });

  it.each([
    '',
    '12/16/2020',
    '16/12/2020',
    '2021-02-29',
    '2020-13-01',
    '2020-12-32',
    '2020-12',
    '202012160',
    'igår',
  ])('refuses "%s"', (text) => {
    expect(parseSwedishDate(text)).toBeNull();
  });

  it('steps over month and year ends', () => {
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('Swedish time field parsing', () => {
  it.each([
    ['09:30', '09:30'],
    ['9.30', '09:30'],
    ['9:05', '09:05'],
    ['0930', '09:30'],
    ['23:59', '23:59'],
  ])('reads "%s" as %s', (text, hhmm) => {
    expect(parseSwedishTime(text)).toBe(hhmm);
  });

  it.each(['', '9', '930', '24:00', '09:60', '9:30 PM', 'kl 9'])('refuses "%s"', (text) => {
    expect(parseSwedishTime(text)).toBeNull();
  });

  it('steps within the day', () => {
    expect(addMinutes('09:58', 5)).toBe('10:03');
    expect(addMinutes('23:58', 5)).toBe('23:59');
    expect(addMinutes('00:02', -5)).toBe('00:00');
  });
});

describe('a typed date or time is never read as another', () => {
  // Every day-of-month 1-31 in every month of a leap and a common year, in every accepted form.
  const years = [2024, 2026];
  const pad = (n: number) => String(n).padStart(2, '0');
  it.each(years)('each day of %i is itself or does not exist', (year) => {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        const iso = `${year}-${pad(month)}-${pad(day)}`;
        const exists = new Date(`${iso}T00:00:00Z`).getUTCDate() === day;
        for (const typed of [iso, `${year}${pad(month)}${pad(day)}`, `${year}.${month}.${day}`]) {
          const r = readSwedishDate(typed);
          if (exists) expect(r).toMatchObject({ kind: 'value', value: iso });
          else expect(r).toEqual({ kind: 'nonexistent', shown: iso });
        }
      }
    }
  });
  it('a one-digit day is not complete: it may become a two-digit one', () => {
    expect(readSwedishDate('2026-02-3')).toEqual({
      kind: 'value',
      value: '2026-02-03',
      complete: false,
    });
    expect(readSwedishDate('2026-02-30')).toEqual({ kind: 'nonexistent', shown: '2026-02-30' });
  });
  it('every hour and minute up to 99 is itself or does not exist', () => {
    for (let h = 0; h <= 99; h++) {
      for (let m = 0; m <= 99; m++) {
        const hhmm = `${pad(h)}:${pad(m)}`;
        const r = readSwedishTime(hhmm);
        if (h <= 23 && m <= 59) expect(r).toMatchObject({ kind: 'value', value: hhmm });
        else expect(r).toEqual({ kind: 'nonexistent', shown: hhmm });
      }
    }
  });
});
