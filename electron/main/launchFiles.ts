import { resolve } from 'node:path';

/**
 * The .protokoll files in a command line (first launch, or a second instance forwarding its
 * argv). Options, the app path and other files are ignored; paths are resolved against the
 * launching process's working directory.
 */
export function protokollPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.protokoll'))
    .map((arg) => resolve(cwd, arg));
}
