import { z } from 'zod';
import { checkPngLogoBase64, MAX_LOGO_BASE64 } from './logo';

/** A PNG logo as base64, checked (signature, header, size) wherever it is parsed. */
export const logoSchema = z.strictObject({
  png: z
    .string()
    .max(MAX_LOGO_BASE64)
    .superRefine((png, ctx) => {
      const check = checkPngLogoBase64(png);
      if (!check.ok) ctx.addIssue({ code: 'custom', message: check.en });
    }),
});
export type Logo = z.infer<typeof logoSchema>;

/**
 * The organisation's name and logo, printed in the header of every page (PDF and DOCX). Copied
 * from the template into each protokoll, like the labels and layout.
 */
export const brandingSchema = z.strictObject({
  /** E.g. "Kungsbacka kommun"; printed above the document kind. Empty for none. */
  organisation: z.string().max(200).default(''),
  logo: logoSchema.optional(),
});
export type Branding = z.infer<typeof brandingSchema>;
