import { constants, inflateSync } from 'node:zlib';
import { PDFArray, PDFName, type PDFRawStream } from 'pdf-lib';
import type { DecodedSize } from '../../../shared/export/pdf/objectStreamGuard';

function filterNames(stream: PDFRawStream): string[] {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  if (filter === undefined) return [];
  if (filter instanceof PDFName) return [filter.decodeText()];
  if (filter instanceof PDFArray) {
    return filter.asArray().map((f) => (f instanceof PDFName ? f.decodeText() : '?'));
  }
  return ['?'];
}

/**
 * The decoded size of an object or cross-reference stream, inflating at most `atMost + 1` bytes
 * (zlib stops there). Only FlateDecode is measured; any other filter counts as too large, as
 * pdf-lib could not decode it within bounds either.
 */
export const inflatedSize: DecodedSize = (stream, atMost) => {
  const filters = filterNames(stream);
  if (filters.length === 0) return stream.contents.length;
  if (filters.length > 1 || !['FlateDecode', 'Fl'].includes(filters[0]!)) return Infinity;
  try {
    return inflateSync(stream.contents, {
      maxOutputLength: atMost + 1,
      finishFlush: constants.Z_SYNC_FLUSH,
    }).length;
  } catch (err) {
    // Damaged data decodes to little; only the ceiling itself means too large.
    return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? Infinity : 0;
  }
};
