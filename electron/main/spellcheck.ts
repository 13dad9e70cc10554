import { Menu, type BrowserWindow, type Session } from 'electron';
import { APP_ORIGIN } from '../services/senderPolicy';
import { contextMenuTemplate } from './contextMenuTemplate';

/** The spell checker's language: protokoll are written in Swedish whatever the system's locale. */
export const SPELLCHECK_LANGUAGES = ['sv-SE'];

/**
 * Where the spell checker's dictionaries come from: the app's own files (renderer/public/
 * dictionaries, served by the app protocol), never Chromium's CDN, so nothing is downloaded.
 */
export const DICTIONARY_URL = `${APP_ORIGIN}/dictionaries/`;

/** Swedish spell checking without the network, and the right-click menu with suggestions. */
export function configureSpellcheck(session: Session, win: BrowserWindow): void {
  session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_URL);
  session.setSpellCheckerLanguages(SPELLCHECK_LANGUAGES);
  win.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => win.webContents.replaceMisspelling(word),
      addToDictionary: (word) => session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
}
