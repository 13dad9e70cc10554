import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bdicDigestMatches, readBdicHeader, type BdicHeader } from './bdic';

/** The file name Chromium asks for when the spell checker's language is sv-SE. */
export const SWEDISH_BDIC = 'sv-SE-3-0.bdic';

/**
 * Chromium's own .dic/.aff → .bdic converter, as Debian ships it in qtwebengine5-dev-tools
 * (Qt WebEngine's build of Chromium's convert_dict); PARAGRAF_CONVERT_DICT names another.
 */
const CONVERTERS = [
  '/usr/lib/qt5/bin/qwebengine_convert_dict',
  '/usr/lib/qt6/libexec/qwebengine_convert_dict',
  '/usr/lib/x86_64-linux-gnu/qt6/libexec/qwebengine_convert_dict',
];

/** Folders holding icudtl.dat, which the converter needs to read the .aff's text. */
const ICU_DIRS = ['/usr/share/qt5/resources', '/usr/share/qt6/resources', '/usr/lib/chromium'];

export function findConverter(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.PARAGRAF_CONVERT_DICT, ...CONVERTERS].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? null;
}

function findIcuDir(env: NodeJS.ProcessEnv): string | null {
  const candidates = [env.QT_WEBENGINE_ICU_DATA_DIR, ...ICU_DIRS].filter((p): p is string => !!p);
  return candidates.find((d) => existsSync(join(d, 'icudtl.dat'))) ?? null;
}

/**
 * Converts a Hunspell dictionary (`dicPath`, with its .aff beside it) into `outPath` with
 * Chromium's converter, then reads the result back: a file Electron would refuse (bad header or
 * MD5) is an error here, not a spell checker that silently marks nothing.
 */
export function convertDictionary(
  dicPath: string,
  outPath: string,
  env: NodeJS.ProcessEnv = process.env,
): BdicHeader {
  const converter = findConverter(env);
  if (!converter) {
    throw new Error(
      'qwebengine_convert_dict not found: install the Debian package qtwebengine5-dev-tools or set PARAGRAF_CONVERT_DICT',
    );
  }
  const icuDir = findIcuDir(env);
  if (!icuDir) throw new Error('icudtl.dat not found: set QT_WEBENGINE_ICU_DATA_DIR');
  const run = spawnSync(converter, [dicPath, outPath], {
    encoding: 'utf8',
    env: { ...env, QT_WEBENGINE_ICU_DATA_DIR: icuDir },
  });
  if (run.status !== 0 || !existsSync(outPath)) {
    throw new Error(`dictionary conversion failed: ${run.stdout}${run.stderr}`.trim());
  }
  const data = new Uint8Array(readFileSync(outPath));
  const header = readBdicHeader(data);
  if (!bdicDigestMatches(data)) throw new Error(`${outPath}: MD5 does not match its header`);
  return header;
}
