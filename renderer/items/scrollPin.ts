/**
 * Keeps an item where a jump put it while the items around it are built and measured: each
 * time the item list changes size, the page is scrolled by however far the item moved, before
 * the frame is painted. The first sign of the secretary acting (a key, the wheel, a touch, a
 * press) lets go, so nothing ever fights their own scrolling or the editor's scroll to the caret.
 */
let release: (() => void) | null = null;

export function pinInView(el: HTMLElement, list: HTMLElement): void {
  release?.();
  const top = el.getBoundingClientRect().top;
  const hold = () => {
    if (!el.isConnected) return stop();
    const moved = el.getBoundingClientRect().top - top;
    if (Math.abs(moved) >= 0.5) window.scrollBy({ top: moved, behavior: 'instant' });
  };
  const observer = new ResizeObserver(hold);
  observer.observe(list);
  observer.observe(el);
  const events = ['keydown', 'wheel', 'touchstart', 'mousedown'] as const;
  const stop = () => {
    observer.disconnect();
    for (const type of events) window.removeEventListener(type, stop, true);
    if (release === stop) release = null;
  };
  for (const type of events) window.addEventListener(type, stop, { capture: true, passive: true });
  release = stop;
}

/** Lets go of a pinned item, e.g. when the items view closes. */
export function releasePin(): void {
  release?.();
}
