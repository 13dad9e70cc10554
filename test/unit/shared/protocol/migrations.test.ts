import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, type Migration } from '../../../../shared/protocol/migrations';
import { parseProtocolText, serializeProtocol } from '../../../../shared/protocol/parse';
import { loadFixture, NORRBOTTEN_FIXTURE_V1 } from '../../../fixtures/loadFixture';

/**
 * A made-up version 0 of the format: the body was called "organ" and the numbering was two flat
 * fields. The chain below is what a real upgrade step looks like.
 */
function toVersion0(): Record<string, unknown> {
  const current = JSON.parse(serializeProtocol(loadFixture())) as Record<string, unknown>;
  const { body, numbering, ...meeting } = current.meeting as Record<string, unknown> & {
    numbering: { style: string; firstNumber: number };
  };
  return {
    ...current,
    schemaVersion: 0,
    meeting: {
      ...meeting,
      organ: body,
      numberingStyle: numbering.style,
      firstNumber: numbering.firstNumber,
    },
  };
}

const v0to1: Migration = (doc) => {
  const { organ, numberingStyle, firstNumber, ...meeting } = doc.meeting as Record<string, unknown>;
  return {
    ...doc,
    meeting: { ...meeting, body: organ, numbering: { style: numberingStyle, firstNumber } },
  };
};

describe('migration chain', () => {
  it('upgrades an older file through the injected chain and says so', () => {
    const old = toVersion0();
    const result = parseProtocolText(JSON.stringify(old), { ...MIGRATIONS, 0: v0to1 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.value.schemaVersion).toBe(2);
    expect(result.value.meeting.body).toBe(
      'Politisk samverkansberedning för hälsa, vård, omsorg och skola',
    );
    expect(result.value.meeting.numbering).toEqual({ style: 'paragraph', firstNumber: 46 });
    expect(result.value).toEqual(loadFixture());
  });

  it('refuses an older file when a step is missing, naming the version', () => {
    const result = parseProtocolText(JSON.stringify(toVersion0()), {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.en).toBe(
        'cannot upgrade the file from schema version 0: no migration from schema version 0',
      );
      expect(result.error.path).toBe('schemaVersion');
    }
  });

  it('reports a step that produces an invalid document with the field path', () => {
    const broken: Migration = (doc) => ({ ...v0to1(doc), items: 'none' });
    const result = parseProtocolText(JSON.stringify(toVersion0()), { ...MIGRATIONS, 0: broken });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.path).toBe('items');
  });

  it('runs several steps in order and stamps each version', () => {
    const seen: number[] = [];
    const step =
      (n: number): Migration =>
      (doc) => {
        seen.push(doc.schemaVersion as number);
        return { ...doc, [`step${n}`]: true };
      };
    const out = migrate({ schemaVersion: 3 }, 3, 6, { 3: step(3), 4: step(4), 5: step(5) });
    expect(seen).toEqual([3, 4, 5]);
    expect(out).toEqual({ schemaVersion: 6, step3: true, step4: true, step5: true });
  });
});

describe('version 1 files', () => {
  it('read as the same protokoll, with participation as events and votes as a list', () => {
    const v1 = loadFixture(NORRBOTTEN_FIXTURE_V1);
    expect(v1).toEqual(loadFixture());
  });

  it('turn ranges, substitutes, jäv and the single vote into events and a list of votes', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a version 1 file is untyped JSON
    const doc = JSON.parse(serializeProtocol(loadFixture())) as Record<string, any>;
    doc.schemaVersion = 1;
    delete doc.attendance.events;
    const [first, , third] = doc.items as { id: string }[];
    doc.attendance.people.push(
      {
        id: 'per',
        name: 'Per Olsson',
        groupId: 'tjanstgorande-ersattare',
        substituteForId: 'linda-frohm',
        participation: { fromItemId: third!.id, toItemId: third!.id },
      },
      { id: 'eva', name: 'Eva Ek', groupId: 'tjanstgorande-ersattare' },
    );
    for (const item of doc.items) {
      item.javPersonIds = [];
      delete item.votes;
    }
    doc.items[2].javPersonIds = ['linda-frohm'];
    doc.items[0].vote = { question: 'Ja för förslaget', ballots: [], result: 'Bifall' };
    const r = parseProtocolText(JSON.stringify(doc));
    if (!r.ok) throw new Error(r.error.en);
    expect(r.migratedFrom).toBe(1);
    expect(r.value.attendance.events).toEqual([
      { type: 'arrives', personId: 'per', itemId: third!.id },
      { type: 'leaves', personId: 'per', itemId: third!.id },
      { type: 'substitutes', personId: 'per', forId: 'linda-frohm' },
      { type: 'substitutes', personId: 'eva' },
      { type: 'absent', personId: 'linda-frohm', itemId: third!.id, jav: true },
    ]);
    expect(r.value.items[0]!.votes).toEqual([
      { title: '', question: 'Ja för förslaget', ballots: [], result: 'Bifall' },
    ]);
    expect(r.value.items[0]!.id).toBe(first!.id);
    expect(r.value.attendance.people.find((p) => p.id === 'per')).toEqual({
      id: 'per',
      name: 'Per Olsson',
      groupId: 'tjanstgorande-ersattare',
    });
  });
});
