import { describe, expect, it } from 'vitest';
import type { Protocol } from '../../../../shared/protocol/protocol';
import { servingByItem } from '../../../../shared/protocol/participation';
import { recordJav } from '../../../../shared/protocol/participationEdits';
import { validateProtocol } from '../../../../shared/validation/validateProtocol';
import { loadFixture } from '../../../fixtures/loadFixture';

/** The warnings of the valid fixture after one change. */
function warningsAfter(change: (p: Protocol) => Protocol | void) {
  const fixture = loadFixture();
  return validateProtocol(change(fixture) ?? fixture);
}

const ERSATTARE = { id: 'per', name: 'Per Olsson', party: 'M', groupId: 'tjanstgorande-ersattare' };
/** § 49 Medicinskt förbrukningsmaterial. */
const ITEM = 'medicinskt-forbrukningsmaterial';

describe('participation checks', () => {
  it('lets an ersättare serve in § 49 only for a jävig member, without a warning', () => {
    const w = warningsAfter((p) => {
      p.attendance.people.push(ERSATTARE);
      return recordJav(p, 'linda-frohm', ITEM, 'per');
    });
    expect(w).toEqual([]);
  });

  it('warns when a jävig member or an official votes, or a jävig member reserves', () => {
    const w = warningsAfter((p) => {
      const item = p.items.find((i) => i.id === ITEM)!;
      item.votes = [
        {
          title: '',
          question: '',
          result: '',
          ballots: [
            { personId: 'linda-frohm', choice: 'ja' },
            { personId: 'eva-lakso', choice: 'nej' },
          ],
        },
      ];
      item.reservations = [{ personIds: ['linda-frohm'], reason: '', written: false }];
      return recordJav(p, 'linda-frohm', ITEM);
    });
    expect(w.map((x) => [x.code, x.location.field])).toEqual([
      ['voter-not-serving', 'votes[0].ballots[0]'],
      ['voter-not-serving', 'votes[0].ballots[1]'],
      ['vote-total-mismatch', 'votes[0]'],
      ['reservation-not-serving', 'reservations[0].personIds[0]'],
    ]);
    expect(w[0]!.sv).toBe(
      '§ 49 Medicinskt förbrukningsmaterial: Linda Frohm röstar men tjänstgör inte i ärendet.',
    );
    expect(w[2]!.sv).toBe(
      '§ 49 Medicinskt förbrukningsmaterial: 2 röster är antecknade men 13 tjänstgör.',
    );
  });

  it('accepts a roll call of exactly those serving, and counts that add up; warns otherwise', () => {
    const ok = warningsAfter((p) => {
      const item = p.items.find((i) => i.id === ITEM)!;
      item.votes = [
        {
          title: 'Propositionsordning',
          question: '',
          result: '',
          ballots: [],
          counts: { ja: 14, nej: 0, avstar: 0 },
        },
        {
          title: 'Huvudvotering',
          question: '',
          result: '',
          ballots: [],
          counts: { ja: 9, nej: 4, avstar: 1 },
        },
      ];
    });
    expect(ok).toEqual([]);
    const wrong = warningsAfter((p) => {
      const item = p.items.find((i) => i.id === ITEM)!;
      item.votes = [
        { title: '', question: '', result: '', ballots: [], counts: { ja: 9, nej: 4, avstar: 0 } },
      ];
    });
    expect(wrong.map((x) => x.code)).toEqual(['vote-total-mismatch']);
  });

  it('warns about a reservation from someone who voted for what was decided', () => {
    const p = loadFixture();
    const item = p.items.find((i) => i.id === ITEM)!;
    const serving = servingByItem(p)[3]!.serving.map((s) => s.personId);
    item.votes = [
      {
        title: '',
        question: '',
        result: '',
        ballots: serving.map((personId, k) => ({ personId, choice: k < 10 ? 'ja' : 'nej' })),
      },
    ];
    item.reservations = [{ personIds: [serving[0]!, serving[12]!], reason: '', written: false }];
    expect(validateProtocol(p).map((x) => [x.code, x.location.field])).toEqual([
      ['reservation-by-supporter', 'reservations[0].personIds[0]'],
    ]);
  });

  it('warns about a jävig justerare signing that item', () => {
    const w = warningsAfter((p) => recordJav(p, 'johannes-sundelin', ITEM));
    expect(w.map((x) => x.code)).toEqual(['adjuster-jav']);
    expect(w[0]!.sv).toContain('§ 49 Medicinskt förbrukningsmaterial');
    expect(w[0]!.location).toEqual({ kind: 'signature', field: 'adjusters[0]' });
  });

  it('warns about växeltjänstgöring outside jäv, but not about jäv', () => {
    const swap = (p: Protocol, leaveAfter: number, back: number) => {
      p.attendance.people.push(ERSATTARE);
      p.attendance.events.push(
        { type: 'leaves', personId: 'linda-frohm', itemId: p.items[leaveAfter]!.id },
        { type: 'arrives', personId: 'linda-frohm', itemId: p.items[back]!.id },
        { type: 'substitutes', personId: 'per', forId: 'linda-frohm' },
      );
    };
    const w = warningsAfter((p) => swap(p, 2, 5));
    expect(w.map((x) => [x.code, x.location.id])).toEqual([
      ['substitute-for-present-member', 'per'],
      ['alternating-service', 'linda-frohm'],
    ]);
    // The ersättare only while the member is away: still växeltjänstgöring, no clash.
    const limited = warningsAfter((p) => {
      p.attendance.people.push(ERSATTARE);
      p.attendance.events.push(
        { type: 'leaves', personId: 'linda-frohm', itemId: p.items[2]!.id },
        { type: 'arrives', personId: 'linda-frohm', itemId: p.items[5]!.id },
        {
          type: 'substitutes',
          personId: 'per',
          forId: 'linda-frohm',
          fromItemId: p.items[3]!.id,
          toItemId: p.items[4]!.id,
        },
      );
    });
    expect(limited.map((x) => x.code)).toEqual(['alternating-service']);
  });

  it('warns once about a decision item where nobody serves, naming the items as ranges', () => {
    const w = warningsAfter((p) => {
      for (const person of p.attendance.people) {
        if (person.groupId === 'beslutande')
          for (const i of [3, 4, 5])
            p.attendance.events.push({
              type: 'absent',
              personId: person.id,
              itemId: p.items[i]!.id,
              jav: false,
            });
      }
      p.meeting.memberCount = undefined;
    });
    expect(w.filter((x) => x.code !== 'adjuster-not-present').map((x) => [x.code, x.sv])).toEqual([
      ['nobody-serving', '§ 49–51: ingen tjänstgör, men ärendet ska beslutas.'],
    ]);
  });

  it('warns about a protokollsanteckning from someone who was away', () => {
    const w = warningsAfter((p) => {
      p.items.find((i) => i.id === ITEM)!.notes = [{ by: 'Linda Frohm (M)', text: 'Jag vill...' }];
      p.attendance.events.push({
        type: 'absent',
        personId: 'linda-frohm',
        itemId: ITEM,
        jav: false,
      });
      p.meeting.memberCount = undefined;
    });
    expect(w.map((x) => x.code)).toEqual(['note-by-absent']);
  });
});
