import { describe, expect, it } from 'vitest';
import { parseProtocolText } from '../../../../shared/protocol/parse';

describe('parseProtocolText', () => {
  it('refuses a file that is not JSON with a one-line message', () => {
    const r = parseProtocolText('hello');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('not-json');
      expect(r.error.en).not.toContain('\n');
    }
  });

  it('refuses a newer schema version', () => {
    const r = parseProtocolText(JSON.stringify({ schemaVersion: 99 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.en).toContain('newer version of Paragraf');
  });

  it('refuses __proto__ keys', () => {
    const r = parseProtocolText('{"schemaVersion":1,"__proto__":{"polluted":true}}');
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
