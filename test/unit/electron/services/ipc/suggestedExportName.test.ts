import { describe, expect, it } from 'vitest';
import { suggestedExportName } from '../../../../../shared/export/fileName';
import type { Protocol } from '../../../../../shared/protocol/protocol';

function protocolWith(meeting: Partial<Protocol['meeting']>): Protocol {
  return {
    meeting: { documentKind: 'Protokoll', body: '', date: '', ...meeting },
    corrections: [],
  } as unknown as Protocol;
}

describe('suggestedExportName', () => {
  it('names the file after document kind, body and date', () => {
    expect(
      suggestedExportName(protocolWith({ body: 'Kommunstyrelsen', date: '2024-03-12' }), 'pdf'),
    ).toBe('Protokoll Kommunstyrelsen 2024-03-12.pdf');
    expect(suggestedExportName(protocolWith({ body: 'Socialnämnden', date: '' }), 'docx')).toBe(
      'Protokoll Socialnämnden.docx',
    );
  });

  it('makes hostile names safe on every file system', () => {
    const name = suggestedExportName(
      protocolWith({ body: '../../etc/passwd: <a|b>?*\u0000', date: '2024-01-01' }),
      'pdf',
    );
    // eslint-disable-next-line no-control-regex
    expect(name).not.toMatch(/[/\\<>:"|?*\u0000]/);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(suggestedExportName(protocolWith({ documentKind: 'CON' }), 'pdf')).toBe(
      'Protokoll CON.pdf',
    );
    expect(
      suggestedExportName(protocolWith({ documentKind: '...', body: ' . ' }), 'protokoll'),
    ).toBe('Protokoll.protokoll');
    expect(
      suggestedExportName(protocolWith({ body: 'x'.repeat(400) }), 'pdf').length,
    ).toBeLessThanOrEqual(154);
  });
});
