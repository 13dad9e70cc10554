import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  formatJsonSchema,
  protocolJsonSchema,
  templateJsonSchema,
} from '../../../shared/protocol/jsonSchema';
import type { CliCommand } from '../command';
import { parseArgs, UsageError } from '../options';

/** Files written by `schema --write <dir>` (npm run schema:write writes docs/). */
export const SCHEMA_FILES = {
  'protocol.schema.json': protocolJsonSchema,
  'template.schema.json': templateJsonSchema,
} as const;

/** `paragraf schema`: prints the .protokoll JSON Schema; --template for templates; --write <dir>. */
export const schemaCommand: CliCommand = {
  summary:
    'print the JSON Schema of .protokoll files (--template: of templates; --write <dir>: write both files)',
  async run(args) {
    const { options, positionals } = parseArgs(args, ['write'], ['template']);
    if (positionals.length > 0)
      throw new UsageError('usage: paragraf schema [--template] [--write <dir>]');
    if (typeof options.write === 'string') {
      // Relative to the working directory: `npm run schema:write` runs at the package root.
      const dir = resolve(options.write);
      await mkdir(dir, { recursive: true });
      for (const [name, make] of Object.entries(SCHEMA_FILES)) {
        await writeFile(join(dir, name), formatJsonSchema(make()), 'utf8');
        process.stdout.write(`wrote ${join(dir, name)}\n`);
      }
      return 0;
    }
    const schema = options.template ? templateJsonSchema() : protocolJsonSchema();
    process.stdout.write(formatJsonSchema(schema));
    return 0;
  },
};
