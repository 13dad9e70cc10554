import { z } from 'zod';
import { templateSchema } from '../template/templateSchema';
import { protocolSchema } from './protocol';

/**
 * JSON Schemas of the file formats, generated from the zod schemas. "input" describes what a
 * file may contain (fields with defaults may be left out).
 */
export function protocolJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(protocolSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Paragraf .protokoll file',
  };
}

export function templateJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(templateSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Paragraf template',
  };
}

/** How the schemas are written to docs/: two-space JSON with a trailing newline. */
export function formatJsonSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
