import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPrePrintAfterSaves,
  PRE_PRINT_DELAY_MS,
} from '../../../../../electron/services/export/prePrintAfterSaves';
import type { Protocol } from '../../../../../shared/protocol';
import { sampleProtocol } from './sampleProtocol';

/** A draft's protokoll is printed ahead once, after its saves have settled. */
function draft(id: string, title: string): Protocol {
  const p = sampleProtocol();
  return { ...p, id, items: p.items.map((it, i) => (i === 0 ? { ...it, title } : it)) };
}

let printed: Protocol[];
let logs: string[];
const scheduler = (prePrint = async (p: Protocol) => void printed.push(p)) =>
  createPrePrintAfterSaves({ prePrint, log: (m) => logs.push(m) });

beforeEach(() => {
  vi.useFakeTimers();
  printed = [];
  logs = [];
});
afterEach(() => vi.useRealTimers());

describe('printing a saved draft ahead of its export', () => {
  it('waits until the saves settle, then prints the last saved version once', async () => {
    const s = scheduler();
    s.saved(draft('a', 'Första'));
    await vi.advanceTimersByTimeAsync(PRE_PRINT_DELAY_MS - 1);
    s.saved(draft('a', 'Andra'));
    await vi.advanceTimersByTimeAsync(PRE_PRINT_DELAY_MS - 1);
    expect(printed).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(printed.map((p) => p.items[0]!.title)).toEqual(['Andra']);
    await vi.advanceTimersByTimeAsync(10 * PRE_PRINT_DELAY_MS);
    expect(printed).toHaveLength(1);
  });

  it('prints each saved draft, and nothing after cancel', async () => {
    const s = scheduler();
    s.saved(draft('a', 'Alfa'));
    s.saved(draft('b', 'Beta'));
    await vi.advanceTimersByTimeAsync(PRE_PRINT_DELAY_MS);
    expect(printed.map((p) => p.id).sort()).toEqual(['a', 'b']);
    s.saved(draft('a', 'Alfa 2'));
    s.cancel();
    await vi.advanceTimersByTimeAsync(10 * PRE_PRINT_DELAY_MS);
    expect(printed).toHaveLength(2);
  });

  it('logs a failed print and keeps printing later saves', async () => {
    let fail = true;
    const s = scheduler(async (p) => {
      if (fail) throw new Error('print page crashed');
      printed.push(p);
    });
    s.saved(draft('a', 'Alfa'));
    await vi.advanceTimersByTimeAsync(PRE_PRINT_DELAY_MS);
    expect(logs.join('\n')).toContain('print page crashed');
    fail = false;
    s.saved(draft('a', 'Alfa 2'));
    await vi.advanceTimersByTimeAsync(PRE_PRINT_DELAY_MS);
    expect(printed).toHaveLength(1);
  });

  it('prints an opened draft once it has been left alone, or the version saved meanwhile', async () => {
    const s = scheduler();
    s.opened(draft('a', 'Öppnad'));
    await vi.advanceTimersByTimeAsync(PRE_PRINT_DELAY_MS);
    expect(printed.map((p) => p.items[0]!.title)).toEqual(['Öppnad']);
    s.opened(draft('b', 'Öppnad'));
    await vi.advanceTimersByTimeAsync(PRE_PRINT_DELAY_MS / 2);
    s.saved(draft('b', 'Sparad'));
    await vi.advanceTimersByTimeAsync(10 * PRE_PRINT_DELAY_MS);
    expect(printed.map((p) => `${p.id} ${p.items[0]!.title}`)).toEqual(['a Öppnad', 'b Sparad']);
  });

  it('drops a draft opened before another and not yet printed, but never a saved one', async () => {
    const s = scheduler();
    s.saved(draft('edited', 'Sparad'));
    s.opened(draft('edited', 'Sparad'));
    s.opened(draft('a', 'Först öppnad'));
    s.opened(draft('b', 'Sedan öppnad'));
    await vi.advanceTimersByTimeAsync(10 * PRE_PRINT_DELAY_MS);
    expect(printed.map((p) => p.id).sort()).toEqual(['b', 'edited']);
  });
});
