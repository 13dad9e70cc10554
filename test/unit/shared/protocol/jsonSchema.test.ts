import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatJsonSchema,
  protocolJsonSchema,
  templateJsonSchema,
} from '../../../../shared/protocol/jsonSchema';

const docs = join(__dirname, '../../../../docs');

describe('JSON Schemas in docs/', () => {
  it.each([
    ['protocol.schema.json', protocolJsonSchema],
    ['template.schema.json', templateJsonSchema],
  ])(
    '%s matches the zod schemas (run "npm run schema:write" after changing them)',
    (file, make) => {
      const committed = readFileSync(join(docs, file), 'utf8');
      expect(committed).toBe(formatJsonSchema(make()));
    },
  );

  it('describes the fields a file has', () => {
    const schema = protocolJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'meeting',
        'attendance',
        'items',
        'signatures',
        'labels',
      ]),
    );
    expect(schema.required).toContain('schemaVersion');
    // Fields with defaults may be left out of a file.
    expect(schema.required).not.toContain('status');
    expect(schema.additionalProperties).toBe(false);
  });
});
