/**
 * A template's logo: a PNG, stored base64 in the template and copied into each protokoll made
 * with it, so a colleague's machine prints the same header. SVG is rasterised to PNG when it is
 * chosen (renderer/settings/templates/logoFile.ts), so no vector markup ever reaches a print page.
 */

/** Largest PNG accepted, in bytes (a header logo needs far less). */
export const MAX_LOGO_BYTES = 256 * 1024;
/** Largest side in pixels: enough for a 12 mm header logo at print resolution. */
export const MAX_LOGO_SIDE = 2000;
/** Base64 of MAX_LOGO_BYTES. */
export const MAX_LOGO_BASE64 = Math.ceil(MAX_LOGO_BYTES / 3) * 4;

/** Printed height of the logo in the page header, in millimetres; the width follows. */
export const LOGO_HEIGHT_MM = 12;
/** Widest the logo may print, in millimetres (a very wide logo gets lower instead). */
export const LOGO_MAX_WIDTH_MM = 45;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Colour type → allowed bit depths (PNG specification, table 11.1). */
const BIT_DEPTHS: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

export interface LogoInfo {
  width: number;
  height: number;
}

export type LogoCheck = { ok: true; info: LogoInfo } | { ok: false; en: string; sv: string };

const fail = (en: string, sv: string): LogoCheck => ({ ok: false, en, sv });

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Base64 → bytes without Buffer or atob quirks (shared code runs in Node and the browser). */
export function base64Bytes(base64: string): Uint8Array | null {
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) return null;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const clean = base64.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of clean) {
    value = (value << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * Checks what a PNG says about itself before anything decodes it: the signature, an IHDR chunk
 * first with sane dimensions, bit depth and colour type, and an IEND chunk at the end.
 */
export function checkPngLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length > MAX_LOGO_BYTES) {
    const kb = Math.round(bytes.length / 1024);
    return fail(
      `logo is too large (${kb} KB; at most ${MAX_LOGO_BYTES / 1024} KB)`,
      `Logotypen är för stor (${kb} kB); den får vara högst ${MAX_LOGO_BYTES / 1024} kB.`,
    );
  }
  if (bytes.length < 57 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) {
    return fail('logo is not a PNG image', 'Logotypen är ingen PNG-bild.');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (view.getUint32(8) !== 13 || chunkType(12) !== 'IHDR') {
    return fail('logo PNG has no IHDR header', 'Logotypen är en skadad PNG-bild.');
  }
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const depth = bytes[24]!;
  const colour = bytes[25]!;
  if (!BIT_DEPTHS[colour]?.includes(depth) || bytes[26] !== 0 || bytes[27] !== 0) {
    return fail('logo PNG has an invalid header', 'Logotypen är en skadad PNG-bild.');
  }
  if (width < 1 || height < 1 || width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE) {
    return fail(
      `logo is ${width}×${height} pixels (each side 1–${MAX_LOGO_SIDE})`,
      `Logotypen är ${width}×${height} bildpunkter; varje sida får vara högst ${MAX_LOGO_SIDE}.`,
    );
  }
  if (chunkType(bytes.length - 8) !== 'IEND') {
    return fail('logo PNG is cut off', 'Logotypen är en ofullständig PNG-bild.');
  }
  return { ok: true, info: { width, height } };
}

/** The same check on the base64 text a template stores. */
export function checkPngLogoBase64(base64: string): LogoCheck {
  if (base64.length > MAX_LOGO_BASE64) return checkPngLogo(new Uint8Array(MAX_LOGO_BYTES + 1));
  const bytes = base64Bytes(base64);
  return bytes ? checkPngLogo(bytes) : fail('logo is not base64', 'Logotypen är skadad.');
}

/** Printed size in millimetres: LOGO_HEIGHT_MM high, unless that would be too wide. */
export function logoPrintSize(info: LogoInfo): { widthMm: number; heightMm: number } {
  const scale = Math.min(LOGO_HEIGHT_MM / info.height, LOGO_MAX_WIDTH_MM / info.width);
  return { widthMm: info.width * scale, heightMm: info.height * scale };
}
