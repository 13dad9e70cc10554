import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The package root, where `npm run paragraf` runs the CLI. */
export const CLI_ROOT = join(__dirname, '../../../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI as a user would, in a child process, as `npm run paragraf` started in `folder`:
 * npm runs at the package root and sets INIT_CWD, against which the CLI resolves paths.
 */
export function paragrafIn(folder: string, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/paragraf.ts', ...args], {
    cwd: CLI_ROOT,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: folder },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI started in the package root. */
export function paragraf(...args: string[]): CliRun {
  return paragrafIn(CLI_ROOT, ...args);
}
