import { describe, expect, it } from 'vitest';
import {
  createMemorySettingsStore,
  createSettingsService,
  placeWindow,
} from '../../../../electron/services/settings';

describe('settings', () => {
  it('starts with defaults and keeps what is set', () => {
    const store = createMemorySettingsStore();
    const s = createSettingsService(store);
    expect(s.get()).toEqual({
      authorName: '',
      defaultExportFolder: '',
      recentFiles: [],
      openAfterExport: false,
    });
    s.set({ authorName: '  Anna Lind ', openAfterExport: true });
    expect(createSettingsService(store).get()).toMatchObject({
      authorName: 'Anna Lind',
      openAfterExport: true,
    });
  });

  it('keeps at most 10 recent files, newest first, without duplicates', () => {
    const s = createSettingsService(createMemorySettingsStore());
    for (let i = 0; i < 12; i++) s.addRecentFile(`/p/${i}.protokoll`);
    s.addRecentFile('/p/5.protokoll');
    const recent = s.get().recentFiles;
    expect(recent).toHaveLength(10);
    expect(recent[0]).toBe('/p/5.protokoll');
    expect(recent.filter((p) => p === '/p/5.protokoll')).toHaveLength(1);
    expect(recent).not.toContain('/p/0.protokoll');
  });

  it('survives a damaged settings file field by field', () => {
    const store = createMemorySettingsStore({
      authorName: 42,
      recentFiles: 'x',
      openAfterExport: true,
      windowBounds: { width: 'a' },
    });
    const s = createSettingsService(store);
    expect(s.get()).toEqual({
      authorName: '',
      defaultExportFolder: '',
      recentFiles: [],
      openAfterExport: true,
    });
    expect(s.windowBounds()).toBeUndefined();
    expect(createSettingsService(createMemorySettingsStore(null)).get().recentFiles).toEqual([]);
  });

  it('remembers window bounds and never documents', () => {
    const store = createMemorySettingsStore();
    const s = createSettingsService(store);
    s.setWindowBounds({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
    expect(s.windowBounds()).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
    expect(Object.keys(store.data as object).sort()).toEqual([
      'authorName',
      'defaultExportFolder',
      'libraryFolder',
      'openAfterExport',
      'recentFiles',
      'windowBounds',
    ]);
  });

  it('opens the window centred when its screen is gone', () => {
    const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(
      placeWindow({ x: 100, y: 50, width: 1200, height: 800, maximized: false }, screens, {
        width: 1000,
        height: 700,
      }),
    ).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
      maximized: false,
    });
    expect(
      placeWindow({ x: 3000, y: 50, width: 1200, height: 800, maximized: true }, screens, {
        width: 1000,
        height: 700,
      }),
    ).toEqual({
      width: 1200,
      height: 800,
      maximized: true,
    });
    expect(placeWindow(undefined, screens, { width: 1000, height: 700 })).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
    expect(
      placeWindow({ x: 0, y: 0, width: 5000, height: 3000, maximized: false }, screens, {
        width: 1,
        height: 1,
      }).width,
    ).toBe(1920);
  });
});
