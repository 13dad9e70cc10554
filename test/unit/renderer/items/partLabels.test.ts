import { describe, expect, it } from 'vitest';
import { itemFieldLabels } from '../../../../renderer/items/partLabels';
import { getTemplate } from '../../../../shared/template/builtInTemplates';

const municipal = () => getTemplate('kommunal-namnd')!.labels;

describe('itemFieldLabels', () => {
  it("names the item's fields with the protokoll's own words", () => {
    const labels = {
      ...municipal(),
      presenters: 'Föredragande',
      documents: 'Beslutsunderlag',
      decision: 'Nämndens beslut',
      protocolNote: 'Anteckning',
    };
    const words = itemFieldLabels(labels);
    expect(words.presenters).toBe('Föredragande');
    expect(words.parts.documents).toBe('Beslutsunderlag');
    expect(words.parts.decision).toBe('Nämndens beslut');
    expect(words.parts.notes).toBe('Anteckning');
    expect(words.parts.motions).toBe('Yrkanden och propositionsordning');
  });

  it("offers a vote's choices in the protokoll's words", () => {
    const words = itemFieldLabels({ ...municipal(), voteAbstain: 'Avstod', voteResult: 'Utfall' });
    expect(words.vote).toEqual({ ja: 'Ja', nej: 'Nej', avstar: 'Avstod', result: 'Utfall' });
  });

  it('falls back to the standard words when a word is left empty', () => {
    const words = itemFieldLabels({ ...municipal(), presenters: ' ' });
    expect(words.presenters).toBe('Information lämnas av');
    expect(itemFieldLabels(undefined).parts.reservations).toBe('Reservation');
  });
});
