import { describe, expect, it } from 'vitest';
import { wrapTarget } from '../../../../../renderer/core/widgets/wrapTarget';
import { recentFileParts } from '../../../../../renderer/settings/recentFileParts';

describe('focus trap', () => {
  const controls = ['namn', 'mapp', 'välj', 'spara', 'avbryt'];
  it('wraps Tab from the last control to the first and Shift+Tab from the first to the last', () => {
    expect(wrapTarget(controls, 'avbryt', false)).toBe('namn');
    expect(wrapTarget(controls, 'namn', true)).toBe('avbryt');
  });
  it('leaves moves inside the modal to the browser', () => {
    expect(wrapTarget(controls, 'mapp', false)).toBeNull();
    expect(wrapTarget(controls, 'avbryt', true)).toBeNull();
  });
  it('brings a focus that is outside back in, and does nothing without controls', () => {
    expect(wrapTarget(controls, null, false)).toBe('namn');
    expect(wrapTarget(controls, 'sidan', true)).toBe('avbryt');
    expect(wrapTarget([], 'namn', false)).toBeNull();
  });
});

describe('recent file display', () => {
  it('shows the file name and its folder for Unix and Windows paths', () => {
    expect(recentFileParts('/home/anna/Protokoll/ks-2025-03-12.protokoll')).toEqual({
      name: 'ks-2025-03-12.protokoll',
      folder: '/home/anna/Protokoll',
    });
    expect(recentFileParts('C:\\Users\\Anna\\Delat\\bun.protokoll')).toEqual({
      name: 'bun.protokoll',
      folder: 'C:\\Users\\Anna\\Delat',
    });
    expect(recentFileParts('/ks.protokoll')).toEqual({ name: 'ks.protokoll', folder: '/' });
    expect(recentFileParts('ks.protokoll')).toEqual({ name: 'ks.protokoll', folder: '' });
  });
});
