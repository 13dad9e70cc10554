import { describe, expect, it } from 'vitest';
import type { Protocol } from '../../../../shared/protocol/protocol';
import { validateProtocol } from '../../../../shared/validation/validateProtocol';
import { loadFixture } from '../../../fixtures/loadFixture';

function warningsAfter(change: (p: Protocol) => void) {
  const p = loadFixture();
  change(p);
  return { p, warnings: validateProtocol(p).filter((w) => w.code === 'personal-identity-number') };
}

const paragraph = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

describe('personnummer in items printed on the web', () => {
  it('warns about the item, with its number, and points at it', () => {
    const { p, warnings } = warningsAfter((p) => {
      p.items[3]!.body.push(paragraph('Sökande 811228-9874 har ansökt.'));
    });
    expect(warnings).toEqual([
      {
        code: 'personal-identity-number',
        location: { kind: 'item', id: p.items[3]!.id },
        sv: `Paragraf § 49 innehåller ett personnummer – markera den som 'Ej för publicering på webben' eller ta bort numret.`,
        en: `§ 49 contains a personal identity number; mark it not for web or remove the number`,
      },
    ]);
  });

  it('finds numbers in the decision, a note and the title too', () => {
    const { p, warnings } = warningsAfter((p) => {
      p.items[1]!.decision = { intro: 'Beslut', attSatser: ['att 19701063-2391 beviljas'] };
      p.items[2]!.notes.push({ by: '', text: 'Gäller 121212+1212' });
      p.items[4]!.title = 'Ansökan 8112289874';
    });
    expect(warnings.map((w) => w.location.id)).toEqual([1, 2, 4].map((i) => p.items[i]!.id));
  });

  it('is silent for items marked not for web and for dates, dnr and phone numbers', () => {
    const { warnings } = warningsAfter((p) => {
      p.items[3]!.body.push(paragraph('Sökande 811228-9874 har ansökt.'));
      p.items[3]!.notForWeb = true;
      p.items[4]!.body.push(paragraph('Dnr KS 2020/123, 2020-12-16, tel 070-123 45 67'));
    });
    expect(warnings).toEqual([]);
  });
});
