import { z } from 'zod';
import { templateSchema, type Template } from '../template/templateSchema';

/** A file in the library's templates/ folder that could not be used: shown, never overwritten. */
export interface TemplateProblem {
  file: string;
  en: string;
  sv: string;
}

/** The kansli's own templates in the library, and the files there that are not usable. */
export interface OwnTemplateList {
  templates: Template[];
  problems: TemplateProblem[];
}

const templateId = z.string().regex(/^[a-z0-9-]{1,64}$/);

/**
 * The own-template channels (Inställningar › Mallar), spread into the contract's channel table.
 * templates.list and templates.get (in contract.ts) also answer with own templates.
 */
export const templateChannels = {
  'templates.listOwn': { payload: z.undefined(), result: null as unknown as OwnTemplateList },
  /** Overwrites the own template with this id (editing it). */
  'templates.save': { payload: templateSchema, result: null as unknown as Template },
  /** Adds a new own template under a free id near the one given (a copy of a built-in). */
  'templates.create': { payload: templateSchema, result: null as unknown as Template },
  'templates.remove': { payload: templateId, result: null as unknown as null },
  /** A template file chosen in a dialog, validated and added; null when cancelled. */
  'templates.importFile': { payload: z.undefined(), result: null as unknown as Template | null },
  /** Writes a template to a file chosen in a dialog; null when cancelled. */
  'templates.exportFile': {
    payload: templateId,
    result: null as unknown as { path: string } | null,
  },
  /** "Skapa mall från Word-protokoll": a .docx chosen in a dialog → a new own template. */
  'templates.fromWord': { payload: z.undefined(), result: null as unknown as Template | null },
} as const;
