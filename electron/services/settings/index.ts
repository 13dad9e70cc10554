export * from './settingsService';
export * from './settingsStore';
export * from './windowPlacement';
