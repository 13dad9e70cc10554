import type { CliCommand } from './command';

/** The sub-commands by name; each lives in commands/<name>.ts. */
export const COMMANDS: Record<string, CliCommand> = {};
