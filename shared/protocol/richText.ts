import { z } from 'zod';

/** A run of text with the three marks the editor allows. */
export const textLeafSchema = z.strictObject({
  text: z.string(),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
  underline: z.literal(true).optional(),
});
export type TextLeaf = z.infer<typeof textLeafSchema>;

export const paragraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  children: z.array(textLeafSchema).min(1),
});
export const headingSchema = z.strictObject({
  type: z.literal('heading'),
  children: z.array(textLeafSchema).min(1),
});
export const listItemSchema = z.strictObject({
  type: z.literal('list-item'),
  children: z.array(textLeafSchema).min(1),
});
export const bulletedListSchema = z.strictObject({
  type: z.literal('bulleted-list'),
  children: z.array(listItemSchema).min(1),
});
export const numberedListSchema = z.strictObject({
  type: z.literal('numbered-list'),
  children: z.array(listItemSchema).min(1),
});

/** Limits of a table in item text; larger pasted tables are cut (and the cut announced). */
export const MAX_TABLE_ROWS = 200;
export const MAX_TABLE_COLUMNS = 20;

/** A table cell holds one line of marked text (merged cells are flattened on paste). */
export const tableCellSchema = z.strictObject({
  type: z.literal('table-cell'),
  children: z.array(textLeafSchema).min(1),
});
export const tableRowSchema = z.strictObject({
  type: z.literal('table-row'),
  children: z.array(tableCellSchema).min(1).max(MAX_TABLE_COLUMNS),
});
/** A table in item text; `header` marks the first row as column headings. */
export const tableSchema = z.strictObject({
  type: z.literal('table'),
  header: z.literal(true).optional(),
  children: z.array(tableRowSchema).min(1).max(MAX_TABLE_ROWS),
});

export type Paragraph = z.infer<typeof paragraphSchema>;
export type Heading = z.infer<typeof headingSchema>;
export type ListItem = z.infer<typeof listItemSchema>;
export type BulletedList = z.infer<typeof bulletedListSchema>;
export type NumberedList = z.infer<typeof numberedListSchema>;
export type TableCell = z.infer<typeof tableCellSchema>;
export type TableRow = z.infer<typeof tableRowSchema>;
export type Table = z.infer<typeof tableSchema>;

/** Top-level blocks of an item body: Slate JSON restricted to this element set. */
export const richBlockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  headingSchema,
  bulletedListSchema,
  numberedListSchema,
  tableSchema,
]);
export type RichBlock = z.infer<typeof richBlockSchema>;

export const richTextSchema = z.array(richBlockSchema);
export type RichText = z.infer<typeof richTextSchema>;

export type RichElement = RichBlock | ListItem | TableRow | TableCell;
