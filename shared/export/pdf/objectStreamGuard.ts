import {
  PDFObjectStreamParser,
  PDFXRefStreamParser,
  type PDFContext,
  type PDFRawStream,
} from 'pdf-lib';

/**
 * pdf-lib inflates every object stream and cross-reference stream while it parses, in memory
 * and without a limit (a 260 KB file inflating to 256 MB took 2.4 s and 380 MB; at 50 MB a file
 * could ask for tens of gigabytes). A guard, installed once by the Node side with a bounded
 * inflater, measures each such stream before pdf-lib decodes it. Past the budget the stream is
 * refused (pdf-lib then skips the object) and the refusal is kept for the file's context, so
 * the appendix is refused by name after parsing.
 */
export type DecodedSize = (stream: PDFRawStream, atMost: number) => number;

/** Inflated object and cross-reference streams per file, together. */
export const MAX_DECODED_OBJECT_STREAM_BYTES = 128 * 1024 * 1024;

const spent = new WeakMap<PDFContext, { bytes: number; refusal?: string }>();
let installed = false;

function charge(measure: DecodedSize, stream: PDFRawStream): void {
  const account = spent.get(stream.dict.context) ?? { bytes: 0 };
  spent.set(stream.dict.context, account);
  const left = MAX_DECODED_OBJECT_STREAM_BYTES - account.bytes;
  const size = account.refusal ? Infinity : measure(stream, left);
  account.bytes += Math.min(size, left + 1);
  if (account.bytes > MAX_DECODED_OBJECT_STREAM_BYTES) {
    account.refusal ??= `object streams inflate to more than ${MAX_DECODED_OBJECT_STREAM_BYTES} bytes`;
    throw new Error(account.refusal);
  }
}

/** Installs the guard for every pdf-lib parse in this process (once; later calls do nothing). */
export function installObjectStreamGuard(measure: DecodedSize): void {
  if (installed) return;
  installed = true;
  const objectStream = PDFObjectStreamParser.forStream;
  PDFObjectStreamParser.forStream = (stream, shouldWaitForTick) => {
    charge(measure, stream);
    return objectStream(stream, shouldWaitForTick);
  };
  const xrefStream = PDFXRefStreamParser.forStream;
  PDFXRefStreamParser.forStream = (stream) => {
    charge(measure, stream);
    return xrefStream(stream);
  };
}

/** Why an object stream of the file parsed into `context` was refused, if one was. */
export function objectStreamRefusal(context: PDFContext): string | undefined {
  return spent.get(context)?.refusal;
}
