export { RecentFiles } from './RecentFiles';
export { SettingsDialog } from './SettingsDialog';
export { SettingsHost } from './SettingsHost';
export { settingsClient, type SettingsPatch } from './settingsClient';
