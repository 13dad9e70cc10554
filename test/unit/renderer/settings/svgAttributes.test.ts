import { describe, expect, it } from 'vitest';
import { allowedAttribute } from '../../../../renderer/settings/templates/svgAttribute';
import { pick, seededRandom } from '../../../generate/random';

/** One character of a CSS identifier written as a CSS escape, in one of the ways CSS allows. */
function escaped(random: () => number, ch: string): string {
  const hex = ch.codePointAt(0)!.toString(16);
  return pick(random, [
    ch,
    ch.toUpperCase(),
    `\\${hex} `,
    `\\${hex.padStart(6, '0')}`,
    `\\${hex.toUpperCase()}\t`,
    `\\${ch}`,
  ]);
}

/** A CSS value that loads an outside address, spelled as a stranger might. */
function hostileValue(random: () => number): string {
  const fn = [...'url'].map((ch) => escaped(random, ch)).join('');
  const address = pick(random, ['http://evil.example/x', '//evil.example/x', 'file:///etc/passwd']);
  const quote = pick(random, ['', '"', "'"]);
  const call = `${fn}(${pick(random, ['', ' '])}${quote}${address}${quote})`;
  return pick(random, [
    call,
    `fill: ${call}`,
    `url(#ok) ${call}`,
    `background: image-set("${address}" 1x)`,
    `background: -webkit-image-set('${address}' 1x)`,
    `src(${quote}${address}${quote})`,
  ]);
}

const ATTRIBUTES = ['style', 'fill', 'stroke', 'filter', 'mask', 'clip-path', 'marker-start'];

describe('an SVG logo attribute that would load something outside the file', () => {
  it('is removed however the address is spelled', () => {
    const random = seededRandom(11);
    for (let n = 0; n < 2000; n++) {
      const name = pick(random, ATTRIBUTES);
      const value = hostileValue(random);
      expect(allowedAttribute(name, value), `${name}="${value}"`).toBe(false);
    }
  });

  it('keeps drawing and references inside the file', () => {
    expect(allowedAttribute('fill', 'url(#gradient)')).toBe(true);
    expect(allowedAttribute('style', "fill: url('#g'); stroke: #123456")).toBe(true);
    expect(allowedAttribute('d', 'M0 0 L10 10 Z')).toBe(true);
    expect(allowedAttribute('href', '#shape')).toBe(true);
    expect(allowedAttribute('xml:base', 'http://evil.example/')).toBe(false);
  });
});
