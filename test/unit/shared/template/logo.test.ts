import { describe, expect, it } from 'vitest';
import { brandingSchema } from '../../../../shared/template/branding';
import {
  base64Bytes,
  checkPngLogo,
  checkPngLogoBase64,
  logoPrintSize,
  MAX_LOGO_BYTES,
  MAX_LOGO_SIDE,
} from '../../../../shared/template/logo';
import { pngLogo } from '../../../generate/pngLogo';

describe('the logo check', () => {
  it('accepts a real PNG and reads its size', () => {
    expect(checkPngLogo(pngLogo(300, 100))).toEqual({
      ok: true,
      info: { width: 300, height: 100 },
    });
  });

  it('decodes base64 as Buffer does', () => {
    for (const n of [0, 1, 2, 3, 57, 1000]) {
      const bytes = Buffer.from(Array.from({ length: n }, (_, i) => (i * 37) % 256));
      expect(Buffer.from(base64Bytes(bytes.toString('base64'))!)).toEqual(bytes);
    }
    expect(base64Bytes('abc')).toBeNull();
    expect(base64Bytes('ab!d')).toBeNull();
  });

  it('refuses what is not a PNG, with a Swedish message', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>');
    for (const bytes of [svg, Buffer.alloc(0), pngLogo().subarray(0, 40)]) {
      const check = checkPngLogo(bytes);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.sv).toMatch(/Logotypen/);
    }
  });

  it('refuses a cut-off file, too many pixels and too many bytes', () => {
    const png = pngLogo();
    expect(checkPngLogo(png.subarray(0, png.length - 4)).ok).toBe(false);
    const huge = Buffer.from(png);
    huge.writeUInt32BE(MAX_LOGO_SIDE + 1, 16);
    expect(checkPngLogo(huge).ok).toBe(false);
    const padded = Buffer.concat([png, Buffer.alloc(MAX_LOGO_BYTES)]);
    expect(checkPngLogo(padded).ok).toBe(false);
    expect(checkPngLogoBase64('A'.repeat(MAX_LOGO_BYTES * 2)).ok).toBe(false);
  });

  it('never throws on any single changed byte of the header, and accepts only sane headers', () => {
    const png = pngLogo(64, 32);
    for (let at = 0; at < 33; at++) {
      for (const value of [0x00, 0x01, 0x7f, 0x80, 0xff]) {
        const bytes = Buffer.from(png);
        bytes[at] = value;
        const check = checkPngLogo(bytes);
        if (check.ok) {
          expect(check.info.width).toBeGreaterThan(0);
          expect(check.info.width).toBeLessThanOrEqual(MAX_LOGO_SIDE);
          expect(check.info.height).toBeLessThanOrEqual(MAX_LOGO_SIDE);
        } else expect(check.sv).toMatch(/Logotypen/);
      }
    }
  });

  it('prints 12 mm high unless that would be wider than 45 mm', () => {
    expect(logoPrintSize({ width: 200, height: 100 })).toEqual({ widthMm: 24, heightMm: 12 });
    const wide = logoPrintSize({ width: 1000, height: 100 });
    expect(wide.widthMm).toBeCloseTo(45);
    expect(wide.heightMm).toBeCloseTo(4.5);
  });

  it('is part of the branding schema', () => {
    const png = pngLogo().toString('base64');
    expect(brandingSchema.safeParse({ organisation: 'X', logo: { png } }).success).toBe(true);
    const notPng = Buffer.from('GIF89a....').toString('base64');
    expect(brandingSchema.safeParse({ logo: { png: notPng } }).success).toBe(false);
  });
});
