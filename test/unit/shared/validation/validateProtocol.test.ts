import { describe, expect, it } from 'vitest';
import type { Protocol } from '../../../../shared/protocol/protocol';
import { validateProtocol } from '../../../../shared/validation/validateProtocol';
import { generateLargeProtocol } from '../../../generate/largeProtocol';
import { loadFixture } from '../../../fixtures/loadFixture';

/** The warnings of the valid fixture after one change. */
function warningsAfter(change: (p: Protocol) => void) {
  const p = loadFixture();
  change(p);
  return validateProtocol(p);
}

const person = (p: Protocol, id: string) => p.attendance.people.find((x) => x.id === id)!;

describe('validateProtocol', () => {
  it('passes the valid fixture and the generated large protocol', () => {
    expect(validateProtocol(loadFixture())).toEqual([]);
    expect(validateProtocol(generateLargeProtocol())).toEqual([]);
  });

  it('warns when no justerare is named', () => {
    const w = warningsAfter((p) => (p.signatures.adjusters = []));
    expect(w).toEqual([
      {
        code: 'no-adjuster',
        location: { kind: 'signature', field: 'adjusters' },
        sv: 'Ingen justerare är utsedd.',
        en: 'no adjuster (justerare) has been named',
      },
    ]);
  });

  it('warns when an adjuster was not present for items they sign', () => {
    const w = warningsAfter((p) => {
      p.attendance.events.push({
        type: 'leaves',
        personId: 'johannes-sundelin',
        itemId: p.items[7]!.id,
      });
    });
    expect(w.map((x) => x.code)).toEqual(['adjuster-not-present']);
    expect(w[0]!.sv).toContain('§ 54 Meddelande, § 55 Sammanträdets avslutande');
  });

  it('warns when adjusters leave items unsigned', () => {
    const w = warningsAfter((p) => (p.signatures.adjusters[0]!.toItemId = p.items[8]!.id));
    expect(w.map((x) => x.code)).toEqual(['items-without-adjuster']);
    expect(w[0]!.sv).toContain('§ 55');
  });

  it('warns when a substitute serves for a member who is also present, once for all items', () => {
    const w = warningsAfter((p) => {
      p.attendance.people.push({
        id: 'per',
        name: 'Per Olsson',
        groupId: 'tjanstgorande-ersattare',
      });
      p.attendance.events.push({ type: 'substitutes', personId: 'per', forId: 'linda-frohm' });
    });
    expect(w.map((x) => x.code)).toEqual(['substitute-for-present-member']);
    expect(w[0]!.location).toEqual({ kind: 'person', id: 'per', field: 'events[0]' });
    expect(w[0]!.sv).toBe(
      'Per Olsson står som ersättare för Linda Frohm, som själv tjänstgör (§ 46–55).',
    );
  });

  it('accepts an ersättare serving for a jävig member in that item only', () => {
    const w = warningsAfter((p) => {
      p.attendance.people.push({
        id: 'per',
        name: 'Per Olsson',
        groupId: 'tjanstgorande-ersattare',
      });
      p.attendance.events.push(
        { type: 'absent', personId: 'linda-frohm', itemId: p.items[3]!.id, jav: true },
        {
          type: 'substitutes',
          personId: 'per',
          forId: 'linda-frohm',
          fromItemId: p.items[3]!.id,
          toItemId: p.items[3]!.id,
        },
      );
    });
    expect(w).toEqual([]);
  });

  it('accepts a substitute who takes over after the member left', () => {
    const w = warningsAfter((p) => {
      p.attendance.people.push({
        id: 'per',
        name: 'Per Olsson',
        groupId: 'tjanstgorande-ersattare',
      });
      p.attendance.events.push(
        { type: 'leaves', personId: 'linda-frohm', itemId: p.items[4]!.id },
        { type: 'arrives', personId: 'per', itemId: p.items[5]!.id },
        { type: 'substitutes', personId: 'per', forId: 'linda-frohm' },
      );
    });
    expect(w).toEqual([]);
  });

  it('warns when a substitute serves for someone unknown', () => {
    const w = warningsAfter((p) => {
      p.attendance.people.push({
        id: 'per',
        name: 'Per Olsson',
        groupId: 'tjanstgorande-ersattare',
      });
      p.attendance.events.push({ type: 'substitutes', personId: 'per', forId: 'nobody' });
    });
    expect(w.map((x) => x.code)).toEqual(['substitute-for-unknown']);
  });

  it('warns about a decision item with no decision', () => {
    const w = warningsAfter((p) => {
      delete p.items[3]!.decision;
      p.items[4]!.decision = { intro: ' ', attSatser: [''] };
    });
    expect(w.map((x) => [x.code, x.location.id])).toEqual([
      ['decision-missing', 'medicinskt-forbrukningsmaterial'],
      ['decision-missing', 'forsorjning-av-hjalpmedel'],
    ]);
    expect(w[0]!.sv).toBe(
      '§ 49 Medicinskt förbrukningsmaterial är ett beslutsärende men saknar beslut.',
    );
  });

  it('warns about participation events naming missing items or people, or running backwards', () => {
    const w = warningsAfter((p) => {
      p.attendance.people.push({
        id: 'per',
        name: 'Per Olsson',
        groupId: 'tjanstgorande-ersattare',
      });
      p.attendance.events.push(
        { type: 'arrives', personId: 'anna-lundberg', itemId: 'gone' },
        {
          type: 'substitutes',
          personId: 'per',
          fromItemId: p.items[5]!.id,
          toItemId: p.items[2]!.id,
        },
        { type: 'absent', personId: 'nobody', itemId: p.items[1]!.id, jav: true },
      );
    });
    expect(w.map((x) => [x.code, x.location.id, x.location.field])).toEqual([
      ['participation-unknown-item', 'anna-lundberg', 'events[0].itemId'],
      ['participation-reversed', 'per', 'events[1]'],
      ['participation-unknown-person', undefined, 'events[2]'],
    ]);
  });

  it('warns about adjuster ranges naming missing items or running backwards', () => {
    expect(
      warningsAfter((p) => (p.signatures.adjusters[0]!.toItemId = 'gone')).map((x) => x.code),
    ).toEqual(['adjuster-range-unknown-item']);
    expect(
      warningsAfter((p) => {
        p.signatures.adjusters[0] = {
          personId: 'johannes-sundelin',
          fromItemId: p.items[9]!.id,
          toItemId: p.items[0]!.id,
        };
      }).map((x) => x.code),
    ).toEqual(['adjuster-range-reversed']);
  });

  it('warns per item when the body has no quorum', () => {
    const w = warningsAfter((p) => {
      p.meeting.memberCount = 30;
    });
    // One warning for the ten items, not ten copies.
    expect(w).toHaveLength(1);
    expect(w[0]!.code).toBe('quorum-not-met');
    expect(w[0]!.sv).toBe(
      '§ 46–55: bara 14 av 30 ledamöter deltar; minst 16 krävs för att nämnden ska vara beslutför.',
    );
    const jav = warningsAfter((p) => {
      p.meeting.memberCount = 26;
      for (const personId of ['anna-lundberg', 'linda-frohm'])
        p.attendance.events.push({ type: 'absent', personId, itemId: p.items[5]!.id, jav: true });
    });
    expect(jav.map((x) => [x.code, x.location.id])).toEqual([
      ['quorum-not-met', 'nara-vard-och-omsorg'],
    ]);
  });

  it('warns about people listed twice', () => {
    const w = warningsAfter((p) => {
      p.attendance.people.push({ ...person(p, 'eva-lakso'), id: 'eva-2', name: ' eva  LAKSO' });
      p.attendance.people.push({ ...person(p, 'anders-blomqvist') });
    });
    expect(w.map((x) => [x.code, x.location.id])).toEqual([
      ['duplicate-person', 'eva-2'],
      ['duplicate-person-id', 'anders-blomqvist'],
    ]);
  });

  it('warns when the body or the meeting date is missing', () => {
    const w = warningsAfter((p) => {
      p.meeting.body = ' ';
      p.meeting.date = '';
    });
    expect(w.map((x) => [x.code, x.location.field])).toEqual([
      ['missing-body', 'body'],
      ['missing-date', 'date'],
    ]);
  });

  it('warns about impossible dates and times', () => {
    const w = warningsAfter((p) => {
      p.meeting.date = '2021-02-30';
      p.meeting.startTime = '25:00';
      p.signatures.adjustmentDate = '2021-13-01';
      p.notice.postedDate = '2020-00-10';
    });
    expect(w.map((x) => [x.code, x.location.kind, x.location.field])).toEqual([
      ['invalid-date', 'meeting', 'date'],
      ['invalid-time', 'meeting', 'startTime'],
      ['invalid-date', 'signature', 'adjustmentDate'],
      ['invalid-date', 'notice', 'postedDate'],
    ]);
    expect(w[0]!.sv).toBe('Sammanträdesdatum: 2021-02-30 är inget giltigt datum.');
    expect(warningsAfter((p) => (p.meeting.date = '2024-02-29'))).toEqual([]);
  });

  it('warns when the meeting ends before it starts', () => {
    const w = warningsAfter((p) => {
      p.meeting.startTime = '13:00';
      p.meeting.endTime = '09:30';
    });
    expect(w.map((x) => x.code)).toEqual(['end-before-start']);
  });

  it('warns when justering or anslag dates come in the wrong order', () => {
    expect(
      warningsAfter((p) => (p.signatures.adjustmentDate = '2020-12-15')).map((x) => x.code),
    ).toEqual(['adjustment-before-meeting']);
    expect(
      warningsAfter((p) => {
        p.signatures.adjustmentDate = '2020-12-18';
        p.notice.postedDate = '2020-12-17';
        p.notice.removalDate = '2020-12-17';
      }).map((x) => x.code),
    ).toEqual(['notice-before-adjustment', 'notice-removed-before-posted']);
    expect(warningsAfter((p) => (p.notice.postedDate = '2020-12-01')).map((x) => x.code)).toEqual([
      'notice-before-meeting',
    ]);
    expect(
      warningsAfter((p) => {
        p.signatures.adjustmentDate = '2020-12-18';
        p.notice.postedDate = '2020-12-20';
        p.notice.removalDate = '2021-01-10';
      }),
    ).toEqual([]);
  });

  it('warns when chair, secretary or adjuster are not in the attendance', () => {
    const w = warningsAfter((p) => {
      p.signatures.chairId = 'nobody';
      person(p, 'ulrika-larsson').groupId = 'franvarande';
      p.signatures.adjusters[0]!.personId = 'ghost';
    });
    expect(w.map((x) => [x.code, x.location.field])).toEqual([
      ['signer-not-in-attendance', 'chairId'],
      ['signer-not-in-attendance', 'secretaryId'],
      ['signer-not-in-attendance', 'adjusters[0]'],
    ]);
    expect(w[1]!.sv).toBe('Sekreteraren (Ulrika Larsson) finns inte bland de närvarande.');
  });

  it('warns about references to unknown people and groups and missing titles', () => {
    const w = warningsAfter((p) => {
      p.items[1]!.reservations = [{ personIds: ['nobody'], reason: '', written: false }];
      p.items[1]!.title = ' ';
      person(p, 'eva-lakso').groupId = 'no-group';
    });
    expect(w.map((x) => x.code)).toEqual([
      'unknown-group',
      'item-title-missing',
      'unknown-person-reference',
    ]);
  });
});
