import type { Protocol } from '../protocol/protocol';
import { checkPngLogoBase64, logoPrintSize } from '../template/logo';
import type { PageFurniture, PageHeader } from './printDocument';

/**
 * The organisation's name and logo for the page header, from the protokoll's copy of its
 * template's branding. A logo that fails the PNG check (a file edited by hand) is left out
 * rather than handed to a renderer.
 */
export function brandingHeader(protocol: Protocol): Pick<PageHeader, 'organisation' | 'logo'> {
  const branding = protocol.branding;
  if (!branding) return {};
  const organisation = branding.organisation.trim();
  const check = branding.logo ? checkPngLogoBase64(branding.logo.png) : undefined;
  return {
    ...(organisation ? { organisation } : {}),
    ...(branding.logo && check?.ok
      ? { logo: { png: branding.logo.png, ...check.info, ...logoPrintSize(check.info) } }
      : {}),
  };
}

/** Top page margin in millimetres (PDF and DOCX): room for the logo above the header lines. */
export function topMarginMm(furniture: PageFurniture): number {
  return furniture.header.logo || furniture.firstPageHeader?.logo ? 44 : 32;
}
