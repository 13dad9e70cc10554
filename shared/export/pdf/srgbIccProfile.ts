/**
 * A minimal ICC v2 display profile for sRGB (D50-adapted primaries, sampled sRGB tone curve),
 * built in code so PDF/A output needs no profile file and no network.
 */

function s15f16(v: number): number {
  return Math.round(v * 65536) | 0;
}

function ascii(view: DataView, offset: number, text: string): void {
  for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i) & 0x7f);
}

function xyzTag(x: number, y: number, z: number): Uint8Array {
  const b = new Uint8Array(20);
  const v = new DataView(b.buffer);
  ascii(v, 0, 'XYZ ');
  v.setInt32(8, s15f16(x));
  v.setInt32(12, s15f16(y));
  v.setInt32(16, s15f16(z));
  return b;
}

function curveTag(): Uint8Array {
  const n = 1024;
  const b = new Uint8Array(12 + n * 2);
  const v = new DataView(b.buffer);
  ascii(v, 0, 'curv');
  v.setUint32(8, n);
  for (let i = 0; i < n; i++) {
    const c = i / (n - 1);
    const lin = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    v.setUint16(12 + i * 2, Math.round(lin * 65535));
  }
  return b;
}

function descTag(text: string): Uint8Array {
  const b = new Uint8Array(12 + text.length + 1 + 4 + 4 + 2 + 1 + 67);
  const v = new DataView(b.buffer);
  ascii(v, 0, 'desc');
  v.setUint32(8, text.length + 1);
  ascii(v, 12, text);
  return b;
}

function textTag(text: string): Uint8Array {
  const b = new Uint8Array(8 + text.length + 1);
  const v = new DataView(b.buffer);
  ascii(v, 0, 'text');
  ascii(v, 8, text);
  return b;
}

/** The profile bytes (about 2.6 kB). */
export function srgbIccProfile(): Uint8Array {
  const trc = curveTag();
  const tags: [string, Uint8Array][] = [
    ['desc', descTag('sRGB IEC61966-2.1')],
    ['cprt', textTag('No copyright, use freely')],
    ['wtpt', xyzTag(0.9642, 1.0, 0.8249)],
    ['rXYZ', xyzTag(0.4361, 0.2225, 0.0139)],
    ['gXYZ', xyzTag(0.3851, 0.7169, 0.0971)],
    ['bXYZ', xyzTag(0.1431, 0.0606, 0.7141)],
    ['rTRC', trc],
    ['gTRC', trc],
    ['bTRC', trc],
  ];
  const pad = (n: number) => (n + 3) & ~3;
  let offset = 128 + 4 + tags.length * 12;
  const placed = new Map<Uint8Array, number>();
  const entries = tags.map(([sig, data]) => {
    let at = placed.get(data);
    if (at === undefined) {
      at = offset;
      placed.set(data, at);
      offset += pad(data.length);
    }
    return { sig, at, size: data.length };
  });
  const out = new Uint8Array(offset);
  const v = new DataView(out.buffer);
  v.setUint32(0, offset);
  v.setUint32(8, 0x02100000);
  ascii(v, 12, 'mntrRGB XYZ ');
  v.setUint16(24, 2020);
  v.setUint16(26, 1);
  v.setUint16(28, 1);
  ascii(v, 36, 'acsp');
  v.setInt32(68, s15f16(0.9642));
  v.setInt32(72, s15f16(1.0));
  v.setInt32(76, s15f16(0.8249));
  v.setUint32(128, tags.length);
  entries.forEach((e, i) => {
    ascii(v, 132 + i * 12, e.sig);
    v.setUint32(136 + i * 12, e.at);
    v.setUint32(140 + i * 12, e.size);
  });
  for (const [data, at] of placed) out.set(data, at);
  return out;
}
