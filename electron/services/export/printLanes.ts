/**
 * A fixed number of print pages (lanes), each made on first use and replaced after a failure.
 * A print takes the first free lane, or waits for one; so two prints run at once on two lanes,
 * each in its own renderer process, and never two on one page.
 */
export interface PrintLanes<T> {
  readonly count: number;
  run<R>(print: (lane: T) => Promise<R>): Promise<R>;
  /** Forgets every lane (their pages are closed by `dispose`) and waits for running prints. */
  close(): Promise<void>;
}

export function createPrintLanes<T>(
  count: number,
  create: () => Promise<T>,
  dispose: (lane: T) => Promise<void>,
): PrintLanes<T> {
  const lanes: { page: Promise<T> | undefined; busy: Promise<unknown> | undefined }[] = Array.from(
    { length: count },
    () => ({ page: undefined, busy: undefined }),
  );
  const waiting: (() => void)[] = [];

  async function run<R>(print: (lane: T) => Promise<R>): Promise<R> {
    let lane = lanes.find((l) => !l.busy);
    while (!lane) {
      await new Promise<void>((resolve) => waiting.push(resolve));
      lane = lanes.find((l) => !l.busy);
    }
    const taken = lane;
    const page = (taken.page ??= create());
    const result = page.then(print);
    taken.busy = result;
    try {
      return await result;
    } catch (err) {
      // A crashed or confused page is replaced on the lane's next print.
      if (taken.page === page) taken.page = undefined;
      await page.then(dispose).catch(() => undefined);
      throw err;
    } finally {
      taken.busy = undefined;
      waiting.shift()?.();
    }
  }

  return {
    count,
    run,
    async close() {
      await Promise.all(lanes.map((l) => l.busy?.catch(() => undefined)));
      const pages = lanes.map((l) => l.page);
      for (const l of lanes) l.page = undefined;
      await Promise.all(pages.map((p) => p?.then(dispose).catch(() => undefined)));
    },
  };
}
