export { ValidationPanel, WarningList, type ValidationPanelProps } from './ValidationPanel';
export { confirmExport, type ConfirmExportOptions } from './confirmExport';
export { focusWarningLocation } from './focusWarningLocation';
export { navigateToLocation } from './navigateToLocation';
export { navigateToWarning } from './warningNavigator';
export { useValidationEntries } from './useValidationEntries';
export {
  sectionOfLocation,
  validationEntries,
  type ValidationEntry,
  type WarningSection,
} from './validationEntries';
