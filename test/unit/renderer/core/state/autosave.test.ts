import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../../../../renderer/core/state/autosave';
import { createDraftStore } from '../../../../../renderer/core/state/draftStore';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { loadFixture } from '../../../../fixtures/loadFixture';

function setup(save: (p: Protocol) => Promise<void>) {
  const store = createDraftStore();
  store.load(loadFixture());
  const saver = createAutosaver({ store, save, delayMs: 800, retryMs: 5000 });
  const type = (place: string) => store.update((d) => ({ ...d, meeting: { ...d.meeting, place } }));
  return { store, saver, type };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves once, shortly after typing stops, with the latest text', async () => {
    const saved: string[] = [];
    const { saver, type, store } = setup(async (p) => void saved.push(p.meeting.place));
    type('S');
    await vi.advanceTimersByTimeAsync(500);
    type('Sa');
    await vi.advanceTimersByTimeAsync(500);
    type('Sal');
    expect(saver.status().kind).toBe('dirty');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['Sal']);
    expect(saver.status().kind).toBe('saved');
    expect(store.isDirty()).toBe(false);
  });

  it('keeps the edits after a failed save, shows the error, and retries', async () => {
    let fail = true;
    const saved: string[] = [];
    const { saver, type, store } = setup(async (p) => {
      if (fail) throw new Error('Disken är full.');
      saved.push(p.meeting.place);
    });
    type('Stadshuset');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.status()).toEqual({ kind: 'error', message: 'Disken är full.' });
    expect(store.isDirty()).toBe(true);
    expect(store.get()?.meeting.place).toBe('Stadshuset');
    fail = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['Stadshuset']);
    expect(saver.status().kind).toBe('saved');
  });

  it('saves again for edits made while a save was running', async () => {
    const saved: string[] = [];
    let release: () => void = () => {};
    const { saver, type } = setup(
      (p) =>
        new Promise<void>((resolve) => {
          saved.push(p.meeting.place);
          release = resolve;
        }),
    );
    type('A');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.status().kind).toBe('saving');
    type('AB');
    release();
    await vi.advanceTimersByTimeAsync(1000);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['A', 'AB']);
    expect(saver.status().kind).toBe('saved');
  });

  it('flush saves immediately and does nothing when everything is saved', async () => {
    const save = vi.fn(async () => {});
    const { saver, type } = setup(save);
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
    type('Nu');
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('autosave while the library folder cannot be reached', () => {
  const KEPT = 'Nätverksmappen kan inte nås – sparas lokalt tills den är tillbaka';

  it('says the draft is kept locally, tries again with backoff, and says Sparat once it is back', async () => {
    let reachable = false;
    const tries: number[] = [];
    const store = createDraftStore();
    store.load(loadFixture());
    const saver = createAutosaver({
      store,
      delayMs: 800,
      retryMs: 1000,
      maxRetryMs: 4000,
      save: async () => {
        tries.push(Date.now());
        return reachable ? undefined : { keptLocally: KEPT };
      },
    });
    store.update((d) => ({ ...d, meeting: { ...d.meeting, place: 'Stadshuset' } }));
    await vi.advanceTimersByTimeAsync(900);
    expect(saver.status()).toEqual({ kind: 'kept-locally', message: KEPT });
    expect(store.isDirty()).toBe(false); // kept safe: the journal in main holds it
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000 + 4000);
    const gaps = tries.slice(1).map((t, i) => t - tries[i]!);
    expect(gaps).toEqual([1000, 2000, 4000, 4000]);
    reachable = true;
    await vi.advanceTimersByTimeAsync(4000);
    expect(saver.status().kind).toBe('saved');
    const count = tries.length;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(tries.length).toBe(count); // nothing more to write back
  });
});
