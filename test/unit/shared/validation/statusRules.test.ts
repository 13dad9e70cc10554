import { describe, expect, it } from 'vitest';
import { validateProtocol } from '../../../../shared/validation/validateProtocol';
import { loadFixture } from '../../../fixtures/loadFixture';

const statusCodes = (codes: string[]) => codes.filter((c) => c.startsWith('adjusted-'));

describe('status rules', () => {
  it('say nothing about a draft, nor about a justerat protokoll with date and adjusters', () => {
    const draft = loadFixture();
    draft.signatures.adjustmentDate = '';
    expect(statusCodes(validateProtocol(draft).map((w) => w.code))).toEqual([]);
    const adjusted = loadFixture();
    adjusted.status = 'justerat';
    adjusted.signatures.adjustmentDate = '2020-12-21';
    expect(validateProtocol(adjusted)).toEqual([]);
  });

  it('warn when a justerat protokoll has no adjustment date or no adjuster', () => {
    const p = loadFixture();
    p.status = 'justerat';
    p.signatures.adjustmentDate = '';
    p.signatures.adjusters = [];
    const warnings = validateProtocol(p).filter((w) => w.code.startsWith('adjusted-'));
    expect(warnings.map((w) => [w.code, w.location.field, w.sv])).toEqual([
      [
        'adjusted-without-date',
        'adjustmentDate',
        'Protokollet är markerat som justerat men saknar justeringsdatum.',
      ],
      [
        'adjusted-without-adjuster',
        'adjusters',
        'Protokollet är markerat som justerat men ingen justerare är utsedd.',
      ],
    ]);
  });
});
