import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMinutes,
  parseSwedishDate,
  parseSwedishTime,
} from '../../../renderer/forms/swedishDateTime';

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
