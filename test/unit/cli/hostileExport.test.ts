import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProtocol } from '../../../shared/protocol/parse';
import { filledProtocol, hostileProtocol } from '../../generate/hostileProtocol';
import {
  bareText,
  breakoutVariants,
  imageCount,
  missingHostileTexts,
  plantMarkers,
  printedHostileTexts,
} from '../export/hostilePayloads';
import { tempDir } from './badInputs';

const root = join(__dirname, '../../..');

describe('paragraf export of a hostile draft', () => {
  it('prints every break-out value as text and nothing from the disk', () => {
    const dir = tempDir();
    const markers = plantMarkers(dir);
    const { protocol } = hostileProtocol(filledProtocol(), breakoutVariants(markers));
    const draft = join(dir, 'hostile.protokoll');
    writeFileSync(draft, serializeProtocol(protocol));
    const pdf = join(dir, 'hostile.pdf');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/paragraf.ts', 'export', draft, '--pdf', pdf],
      { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(missingHostileTexts(pdf, printedHostileTexts(protocol))).toEqual([]);
    expect(bareText(pdf)).not.toContain(markers.secret.toLowerCase());
    expect(imageCount(pdf)).toBe(0);
  }, 120_000);
});
