/**
 * npm run build:dictionary: converts the shipped Swedish Hunspell dictionary into the .bdic
 * form Electron's spell checker loads (docs/spellcheck.md), next to the built renderer's
 * dictionaries. Without the converter it says so and leaves the app without a dictionary
 * (nothing is downloaded either); `--require` (packaging) makes that an error.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  convertDictionary,
  findConverter,
  SWEDISH_BDIC,
} from './services/spellcheck/convertDictionary';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const required = process.argv.includes('--require');
const outDir = at('../dist/renderer/dictionaries/');

if (!findConverter() && !required) {
  console.warn(
    `Skipping ${SWEDISH_BDIC}: qwebengine_convert_dict not found (Debian: qtwebengine5-dev-tools). The app will have no Swedish spell checking.`,
  );
} else {
  mkdirSync(outDir, { recursive: true });
  const header = convertDictionary(
    at('../renderer/public/dictionaries/sv_SE.dic'),
    `${outDir}${SWEDISH_BDIC}`,
  );
  // Electron's download asks for the name in either case (docs of setSpellCheckerDictionaryDownloadURL).
  copyFileSync(`${outDir}${SWEDISH_BDIC}`, `${outDir}${SWEDISH_BDIC.toLowerCase()}`);
  console.log(
    `Wrote ${outDir}${SWEDISH_BDIC} (BDic ${header.majorVersion}.${header.minorVersion}, MD5 ${header.digest})`,
  );
}
