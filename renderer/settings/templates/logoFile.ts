import { checkPngLogo, MAX_LOGO_SIDE } from '../../../shared/template/logo';
import { sanitizeSvg } from './svgSanitize';

/** Largest file offered for a logo before it is read (an SVG is rasterised, then checked again). */
const MAX_CHOSEN_BYTES = 2 * 1024 * 1024;
/** Height an SVG logo is rasterised at: 12 mm at about 600 dpi. */
const SVG_RASTER_HEIGHT = 300;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * An SVG, reduced to drawing (svgSanitize.ts), drawn as an image and read back as PNG pixels.
 * As an <img>, an SVG runs no script and loads nothing else (no external images, fonts or
 * links), so only its drawing reaches the PNG, and no SVG markup is ever stored or printed.
 */
async function rasteriseSvg(file: File): Promise<Uint8Array> {
  const svg = sanitizeSvg(await file.text());
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const { naturalWidth: w, naturalHeight: h } = image;
    if (!w || !h) throw new Error('Logotypen (SVG) saknar storlek; ange width och height i filen.');
    const scale = Math.min(SVG_RASTER_HEIGHT / h, MAX_LOGO_SIDE / w);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(w * scale));
    canvas.height = Math.max(1, Math.round(h * scale));
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('Logotypen (SVG) kunde inte göras om till en bild.');
    return new Uint8Array(await blob.arrayBuffer());
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('Logotypen')) throw e;
    throw new Error('Logotypen (SVG) kunde inte läsas som en bild.');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A chosen PNG or SVG file as the base64 PNG a template stores; a Swedish Error when refused. */
export async function logoFromFile(file: File): Promise<string> {
  if (file.size > MAX_CHOSEN_BYTES) throw new Error('Logotypfilen är för stor (högst 2 MB).');
  const isSvg = file.type === 'image/svg+xml' || /\.svg$/i.test(file.name);
  const bytes = isSvg ? await rasteriseSvg(file) : new Uint8Array(await file.arrayBuffer());
  const check = checkPngLogo(bytes);
  if (!check.ok) throw new Error(check.sv);
  return toBase64(bytes);
}
