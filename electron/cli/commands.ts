import type { CliCommand } from './command';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { newCommand } from './commands/new';
import { schemaCommand } from './commands/schema';
import { templatesCommand } from './commands/templates';
import { validateCommand } from './commands/validate';

/** The sub-commands by name; each lives in commands/<name>.ts. */
export const COMMANDS: Record<string, CliCommand> = {
  templates: templatesCommand,
  new: newCommand,
  validate: validateCommand,
  schema: schemaCommand,
  export: exportCommand,
  import: importCommand,
};
