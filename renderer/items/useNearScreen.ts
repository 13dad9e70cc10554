import { useEffect, type RefObject } from 'react';

/** The nearest ancestor that scrolls, or null for the page itself. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

/**
 * Calls `onNear` once the element comes within a screen or so of the visible area, so heavy
 * content (a Slate editor) is built only for items the secretary is about to see.
 */
export function useNearScreen(ref: RefObject<HTMLElement | null>, onNear: () => void): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          onNear();
        }
      },
      { root: scrollParent(el), rootMargin: '1000px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, onNear]);
}
