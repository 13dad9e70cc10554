import { app } from 'electron';

/**
 * Chromium's own UI language (date and time pickers, spell-check, number formats) is chosen at
 * start-up, before "ready", from --lang or the OS. Paragraf is a Swedish program whatever the
 * machine's language, so ask for sv-SE. The editor's date fields do not depend on it (they are
 * typed as ÅÅÅÅ-MM-DD); this keeps the rest of Chromium in step.
 */
export function requestSwedishLocale(): void {
  app.commandLine.appendSwitch('lang', 'sv-SE');
  // Accept-Language and navigator.languages, for anything that formats with Intl defaults.
  app.commandLine.appendSwitch('accept-lang', 'sv-SE,sv');
}
