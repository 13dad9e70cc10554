import { describe, expect, it } from 'vitest';
import {
  containsPersonalIdentityNumber,
  maskPersonalIdentityNumbers,
} from '../../../../shared/print/personalIdentityNumbers';

describe('maskPersonalIdentityNumbers', () => {
  it.each([
    ['Sökande 811228-9874 har ansökt', 'Sökande ÅÅMMDD-XXXX har ansökt'],
    ['Sökande 19811228-9874.', 'Sökande ÅÅÅÅMMDD-XXXX.'],
    ['pnr 198112289874', 'pnr ÅÅÅÅMMDD-XXXX'],
    ['pnr 8112289874', 'pnr ÅÅMMDD-XXXX'],
    ['född 1912: 121212+1212', 'född 1912: ÅÅMMDD-XXXX'],
    // Samordningsnummer: the day plus 60.
    ['samordningsnummer 701063-2391', 'samordningsnummer ÅÅMMDD-XXXX'],
    ['(20001231-0000)', '(ÅÅÅÅMMDD-XXXX)'],
  ])('masks %s', (text, masked) => {
    expect(maskPersonalIdentityNumbers(text)).toBe(masked);
    expect(containsPersonalIdentityNumber(text)).toBe(true);
  });

  it('masks every number in a text and keeps the text between them', () => {
    expect(maskPersonalIdentityNumbers('A 811228-9874, B 19701063-2391 och C')).toBe(
      'A ÅÅMMDD-XXXX, B ÅÅÅÅMMDD-XXXX och C',
    );
  });

  it.each([
    'Sammanträdesdatum 2020-12-16',
    'Datum 20201216 kl 10.00',
    'Dnr KS 2020/123',
    'Dnr 2020-000123',
    'Telefon 070-123 45 67',
    'Telefon 0701234567',
    'Telefon +46 70 123 45 67',
    'Telefon +46701234567',
    'Bankgiro 5050-1055',
    'Kontonummer 8327-9 123 456 789-0',
    '§ 46 - § 55',
    'Beslut 2020-12-16, 10:00-12:00',
    'Organisationsnummer 212000-2411',
    '811328-9874 (month 13)',
    '811200-9874 (day 00)',
    '12345678901234',
  ])('leaves %s as it was', (text) => {
    expect(maskPersonalIdentityNumbers(text)).toBe(text);
    expect(containsPersonalIdentityNumber(text)).toBe(false);
  });
});
