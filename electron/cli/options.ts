import { resolve } from 'node:path';

/** Thrown for wrong command-line usage; the dispatcher prints it on one line. */
export class UsageError extends Error {}

export interface ParsedArgs {
  options: Record<string, string | true>;
  positionals: string[];
  /** Values of the options that may be given more than once, in order. */
  lists: Record<string, string[]>;
}

/**
 * Splits "--name value" and "--flag" arguments from positionals. `valued` lists the options that
 * take a value, `flags` those that do not, `repeatable` valued options that may be given more than once;
 * anything else is a usage error.
 */
export function parseArgs(
  args: readonly string[],
  valued: readonly string[],
  flags: readonly string[] = [],
  repeatable: readonly string[] = [],
): ParsedArgs {
  const lists: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const options: Record<string, string | true> = Object.create(null) as Record<
    string,
    string | true
  >;
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (flags.includes(name) && inline === undefined) {
      options[name] = true;
    } else if (repeatable.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      (lists[name] ??= []).push(value);
    } else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      options[name] = value;
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { options, positionals, lists };
}

/** Writes one line to stderr and returns the exit code for errors. */
export function reportError(message: string): number {
  process.stderr.write(`error: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return 1;
}

/**
 * A path the user typed, resolved against the folder they ran the command in: `npm run` moves
 * the working directory to the package root but keeps the original in INIT_CWD.
 */
export function resolveUserPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
