import type { WindowBounds } from './settingsService';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels of the title bar that must be visible on a screen for a window to be reachable. */
const MIN_VISIBLE = 100;

/**
 * The remembered window bounds, or only the size when the position would leave the window off
 * every screen (a monitor was unplugged), so the window opens centred instead.
 */
export function placeWindow(
  saved: WindowBounds | undefined,
  screens: readonly Area[],
  fallback: { width: number; height: number },
): WindowBounds {
  if (!saved) return { ...fallback, maximized: false };
  const largest = screens.reduce((a, s) => Math.max(a, s.width), 0);
  const width = largest > 0 ? Math.min(saved.width, largest) : saved.width;
  const tallest = screens.reduce((a, s) => Math.max(a, s.height), 0);
  const height = tallest > 0 ? Math.min(saved.height, tallest) : saved.height;
  const { x, y } = saved;
  if (x === undefined || y === undefined) return { width, height, maximized: saved.maximized };
  const visible = screens.some(
    (s) =>
      x + width - MIN_VISIBLE >= s.x &&
      x + MIN_VISIBLE <= s.x + s.width &&
      y >= s.y &&
      y + 30 <= s.y + s.height,
  );
  return visible
    ? { x, y, width, height, maximized: saved.maximized }
    : { width, height, maximized: saved.maximized };
}
