import { describe, expect, it } from 'vitest';
import { createPrintLanes } from '../../../../../electron/services/export/printLanes';

/** A print that ends when told to, recording which lane ran it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('print lanes', () => {
  it('runs two prints at once on two pages and makes a third wait for a free one', async () => {
    let made = 0;
    const lanes = createPrintLanes(
      2,
      async () => ++made,
      async () => undefined,
    );
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      lanes.run(async (page) => {
        started.push(i);
        await g.opened;
        return page;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toEqual([0, 1]);
    gates[1]!.open();
    expect(await runs[1]).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.open();
    gates[2]!.open();
    // The waiting print took the freed page; no third page was made.
    expect(await runs[2]).toBe(2);
    expect(made).toBe(2);
  });

  it('replaces a page after a failed print and disposes of the failed one', async () => {
    let made = 0;
    const disposed: number[] = [];
    const lanes = createPrintLanes(
      1,
      async () => ++made,
      async (p) => void disposed.push(p),
    );
    await expect(lanes.run(async () => Promise.reject(new Error('crashed')))).rejects.toThrow(
      'crashed',
    );
    expect(await lanes.run(async (page) => page)).toBe(2);
    expect(disposed).toEqual([1]);
    await lanes.close();
    expect(disposed).toEqual([1, 2]);
  });
});
