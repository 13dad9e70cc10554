import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../../../shared/protocol/describeChanges';
import type { Protocol } from '../../../../shared/protocol/protocol';
import { loadFixture } from '../../../fixtures/loadFixture';

const person = (id: string, name: string) => ({ id, name, groupId: 'beslutande' });

describe('what a saved version changed', () => {
  it('names the items changed and counts the people added', () => {
    const before = loadFixture();
    const after: Protocol = structuredClone(before);
    after.items[3]!.title = 'Medicinskt förbrukningsmaterial 2021';
    const group = after.attendance.people[0]!.groupId;
    after.attendance.people.push(
      { ...person('p-new-1', 'Karin Ek'), groupId: group },
      { ...person('p-new-2', 'Johan Lund'), groupId: group },
    );
    expect(describeChanges(before, after)).toBe('§ 49 ändrad, 2 personer tillagda');
  });

  it('names removed and added items, a new order, signatures and status', () => {
    const before = loadFixture();
    const after: Protocol = structuredClone(before);
    const [first, second] = after.items;
    after.items = [second!, first!, ...after.items.slice(3)];
    after.signatures.adjusters = [];
    after.status = 'justerat';
    const text = describeChanges(before, after);
    expect(text).toContain(`§ 48 ${before.items[2]!.title} borttaget`);
    expect(text).toContain('ordningen ändrad');
    expect(text).toContain('underskrifter ändrade');
    expect(text).toContain('markerat som justerat');
    expect(describeChanges(before, structuredClone(before))).toBe('Inga ändringar');
  });
});
