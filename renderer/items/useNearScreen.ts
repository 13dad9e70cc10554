import { useEffect, type RefObject } from 'react';

/** The nearest ancestor that scrolls, or null for the page itself. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

// One observer per scroll container for all items: 140 observers cost about a millisecond of
// intersection work in every frame, including every frame of typing.
const observers = new Map<Element | null, IntersectionObserver>();
const callbacks = new WeakMap<Element, () => void>();

function observerFor(root: HTMLElement | null): IntersectionObserver {
  let observer = observers.get(root);
  if (!observer) {
    const created = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (!e.isIntersecting) continue;
          created.unobserve(e.target);
          callbacks.get(e.target)?.();
        }
      },
      { root, rootMargin: '1000px 0px' },
    );
    observer = created;
    observers.set(root, observer);
  }
  return observer;
}

/**
 * Calls `onNear` once the element comes within a screen or so of the visible area, so heavy
 * content (a Slate editor) is built only for items the secretary is about to see.
 */
export function useNearScreen(ref: RefObject<HTMLElement | null>, onNear: () => void): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = observerFor(scrollParent(el));
    callbacks.set(el, onNear);
    observer.observe(el);
    return () => {
      callbacks.delete(el);
      observer.unobserve(el);
    };
  }, [ref, onNear]);
}
