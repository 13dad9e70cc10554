import { describe, expect, it } from 'vitest';
import { itemSchema } from '../../../../shared/protocol/item';
import { newBlankItem } from '../../../../renderer/items/itemOperations';
import { ITEM_PARTS, withoutEmptyLines } from '../../../../renderer/items/itemParts';

const intros = { decisionIntro: 'Nämnden beslutar', proposalIntro: 'Ordföranden föreslår' };

describe('optional item parts', () => {
  const blank = { ...newBlankItem(undefined, 'Nämnden'), decision: undefined };
  delete blank.decision;

  it('a blank item shows none of them', () => {
    expect(ITEM_PARTS.filter((p) => p.isPresent(blank)).map((p) => p.key)).toEqual([]);
  });

  it('adding a part shows it and keeps the item valid; removing hides it again', () => {
    for (const part of ITEM_PARTS) {
      if (!part.add) continue;
      const added = part.add(blank, intros);
      expect(part.isPresent(added), part.key).toBe(true);
      expect(itemSchema.safeParse(added).success, part.key).toBe(true);
      const removed = part.remove(added);
      expect(part.isPresent(removed), part.key).toBe(false);
      expect(itemSchema.safeParse(removed).success, part.key).toBe(true);
    }
  });

  it('a new decision starts with the intro and one empty att-sats', () => {
    const decision = ITEM_PARTS.find((p) => p.key === 'decision')!;
    expect(decision.add!(blank, intros).decision).toEqual({
      intro: 'Nämnden beslutar',
      attSatser: [''],
    });
  });

  it('lists typed one per row lose their empty rows', () => {
    expect(withoutEmptyLines(['Ekonomi', '  ', ' Kansliet '])).toEqual(['Ekonomi', 'Kansliet']);
  });
});
