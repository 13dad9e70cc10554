import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProtocol } from '../../../../shared/protocol/parse';
import { filledProtocol, hostileProtocol } from '../../../generate/hostileProtocol';
import {
  bareText,
  breakoutVariants,
  imageCount,
  missingHostileTexts,
  plantMarkers,
  printedHostileTexts,
} from '../services/export/hostilePayloads';
import { tempDir } from './badInputs';

const root = join(__dirname, '../../../..');

function paragraf(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/paragraf.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: dir },
  });
}

describe('paragraf validate of a draft with characters XML forbids', () => {
  it('loads it without them and says how many were removed', () => {
    const dir = tempDir();
    const protocol = filledProtocol();
    const draft = join(dir, 'controls.protokoll');
    const body = `Kommun\u0001styrelsen\uFFFF`;
    writeFileSync(
      draft,
      serializeProtocol({ ...protocol, meeting: { ...protocol.meeting, body } }),
    );
    const r = paragraf(dir, 'validate', draft);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'warning [forbidden-characters] (file): 2 control or non-characters removed on load\n',
    );
  });
});

describe('paragraf export of a hostile draft', () => {
  it('prints every break-out value as text and nothing from the disk', () => {
    const dir = tempDir();
    const markers = plantMarkers(dir);
    const { protocol } = hostileProtocol(filledProtocol(), breakoutVariants(markers));
    const draft = join(dir, 'hostile.protokoll');
    writeFileSync(draft, serializeProtocol(protocol));
    const pdf = join(dir, 'hostile.pdf');
    const r = paragraf(dir, 'export', draft, '--pdf', pdf);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(missingHostileTexts(pdf, printedHostileTexts(protocol))).toEqual([]);
    expect(bareText(pdf)).not.toContain(markers.secret.toLowerCase());
    expect(imageCount(pdf)).toBe(0);
  }, 120_000);
});
