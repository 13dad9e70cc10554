import { z } from 'zod';
import { idSchema } from './ids';

/** One item of the agenda as the kallelse sent it: its number and title at that moment. */
export const sentAgendaEntrySchema = z.strictObject({
  itemId: idSchema,
  number: z.string().max(50),
  title: z.string().max(500),
  timeSlot: z.string().max(50).default(''),
  presenters: z.array(z.string().max(300)).default([]),
  documents: z.array(z.string().max(500)).default([]),
});
export type SentAgendaEntry = z.infer<typeof sentAgendaEntrySchema>;

/** The agenda sent with the kallelse; printed as "Utsänd dagordning" in the protokoll. */
export const sentAgendaSchema = z.strictObject({
  /** When the kallelse became the protokoll (ISO time). */
  keptAt: z.iso.datetime({ offset: true }),
  entries: z.array(sentAgendaEntrySchema).max(2000),
});
export type SentAgenda = z.infer<typeof sentAgendaSchema>;
