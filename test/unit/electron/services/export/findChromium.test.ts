import { describe, expect, it } from 'vitest';
import {
  findChromium,
  SYSTEM_CHROMIUMS,
} from '../../../../../electron/services/export/findChromium';

/** A file system holding only `present`. */
const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('findChromium', () => {
  it('prefers the headless shell, then the full browser', () => {
    const [shell, full] = SYSTEM_CHROMIUMS;
    expect(shell).toBe('/usr/bin/chromium-headless-shell');
    expect(findChromium({}, only(full!, shell!))).toBe(shell);
    expect(findChromium({}, only(full!))).toBe(full);
  });

  it('takes $PARAGRAF_CHROMIUM over any system browser', () => {
    const mine = '/opt/my/chromium';
    expect(findChromium({ PARAGRAF_CHROMIUM: mine }, only(mine, ...SYSTEM_CHROMIUMS))).toBe(mine);
  });

  it('names both Debian packages when no browser is found', () => {
    let message = '';
    try {
      findChromium({}, only());
    } catch (err) {
      message = (err as { en: string }).en;
    }
    expect(message).toContain('chromium-headless-shell');
    expect(message).toContain('PARAGRAF_CHROMIUM');
  });
});
