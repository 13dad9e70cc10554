import { z } from 'zod';
import { OUTPUT_KINDS } from '../outputs/outputTable';
import { idSchema } from '../protocol/ids';
import { protocolSchema, type Protocol } from '../protocol/protocol';
import type { Template } from '../template/templateSchema';

/** One line of the draft list. */
export interface DraftSummary {
  id: string;
  body: string;
  date: string;
  title: string;
  status: Protocol['status'];
  /** ISO time of the last save. */
  updatedAt: string;
  /** First and last item number as printed, e.g. "§ 46–§ 55"; empty without items. */
  itemRange: string;
  /** The saved file is damaged; opening it recovers the newest intact version if there is one. */
  damaged?: boolean;
}

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
}

/** An earlier saved version of a draft, newest first in lists. */
export interface DraftVersion {
  versionId: string;
  savedAt: string;
  sizeBytes: number;
  /** What changed since the version before it, e.g. "§ 49 ändrad, 2 personer tillagda". */
  changes?: string;
}

/** A loaded draft; `recovered` explains when a newer copy was damaged and an older one opened. */
export interface LoadedDraft {
  protocol: Protocol;
  recovered?: { sv: string; en: string; quarantinedFile: string };
}

export interface SaveReceipt {
  savedAt: string;
}

export interface ExportReceipt {
  path: string;
}

/**
 * What opening an external .protokoll did: a new draft; the draft already made from the same,
 * unchanged file; that draft updated to the changed file (it had not been edited); or a new
 * copy beside it (the file had changed and the draft had been edited).
 */
export type ImportOutcome = 'new' | 'existing' | 'updated' | 'new-copy';

export interface ImportReceipt {
  protocol: Protocol;
  outcome: ImportOutcome;
}

/** A PDF chosen as an appendix (bilaga), with a title suggested from its file name. */
export interface AppendixChoice {
  path: string;
  title: string;
}

/** Longest path accepted for a dropped file (the file's size is checked in main). */
export const MAX_IMPORT_PATH_LENGTH = 4096;

export interface Settings {
  authorName: string;
  defaultExportFolder: string;
  recentFiles: string[];
  openAfterExport: boolean;
}

/** One row of the outputs table in one format, e.g. the webbversion as PDF. */
const exportRequestSchema = z.strictObject({
  protocol: protocolSchema,
  document: z.enum(OUTPUT_KINDS),
  format: z.enum(['pdf', 'docx']),
  /** The items a document of some items is made of (an extract). */
  itemIds: z.array(idSchema).max(2000).optional(),
  /** Also open the exported file with the system viewer. */
  openAfter: z.boolean().default(false),
});

/**
 * Every renderer → main call: channel name, payload schema (checked in main) and result type.
 * The preload exposes these as window.paragraf.<area>.<name>(payload).
 */
export const channels = {
  'templates.list': { payload: z.undefined(), result: null as unknown as TemplateSummary[] },
  'templates.get': { payload: z.string().max(64), result: null as unknown as Template },
  'drafts.list': { payload: z.undefined(), result: null as unknown as DraftSummary[] },
  'drafts.create': {
    payload: z.strictObject({
      templateId: z.string().max(64),
      body: z.string().max(300).optional(),
    }),
    result: null as unknown as Protocol,
  },
  'drafts.load': { payload: idSchema, result: null as unknown as LoadedDraft },
  'drafts.save': { payload: protocolSchema, result: null as unknown as SaveReceipt },
  'drafts.history': { payload: idSchema, result: null as unknown as DraftVersion[] },
  'drafts.restoreVersion': {
    payload: z.strictObject({ id: idSchema, versionId: z.string().max(100) }),
    result: null as unknown as Protocol,
  },
  'drafts.trash': { payload: idSchema, result: null as unknown as null },
  'drafts.listTrash': { payload: z.undefined(), result: null as unknown as DraftSummary[] },
  'drafts.restoreFromTrash': { payload: idSchema, result: null as unknown as Protocol },
  /** Asks for a .protokoll file with an open dialog and imports it; null when cancelled. */
  'drafts.importFile': {
    payload: z.undefined(),
    result: null as unknown as ImportReceipt | null,
  },
  /**
   * Imports a .protokoll dropped on the window (an absolute path from the preload). Main checks
   * the extension, that it is a regular file and its size; the same file twice opens one draft.
   */
  'drafts.importPath': {
    payload: z
      .string()
      .min(1)
      .max(MAX_IMPORT_PATH_LENGTH)
      .refine((p) => /\.protokoll$/i.test(p), 'not a .protokoll file')
      .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
        message: 'not an absolute path',
      })
      .refine((p) => !p.includes('\0'), 'contains a NUL character'),
    result: null as unknown as ImportReceipt,
  },
  /** Saves a copy of the draft as an external .protokoll file chosen in a save dialog. */
  'drafts.exportFile': { payload: idSchema, result: null as unknown as ExportReceipt | null },
  /** Any document of the outputs table, through a save dialog; null when cancelled. */
  'export.document': {
    payload: exportRequestSchema,
    result: null as unknown as ExportReceipt | null,
  },
  /** The print HTML of a protocol, for the preview. */
  'export.previewHtml': { payload: protocolSchema, result: null as unknown as string },
  /** The PDF export of a protocol as base64, for the page-exact preview. */
  'export.previewPdf': { payload: protocolSchema, result: null as unknown as string },
  /** Asks for a PDF to append to an item (open dialog); null when cancelled. */
  'dialogs.chooseAppendix': {
    payload: z.undefined(),
    result: null as unknown as AppendixChoice | null,
  },
  /** Asks for a folder (the default export folder), starting in the current one; null when cancelled. */
  'dialogs.chooseFolder': { payload: z.undefined(), result: null as unknown as string | null },
  'settings.get': { payload: z.undefined(), result: null as unknown as Settings },
  'settings.set': {
    payload: z
      .strictObject({
        authorName: z.string().max(200),
        defaultExportFolder: z.string().max(4096),
        openAfterExport: z.boolean(),
      })
      .partial(),
    result: null as unknown as Settings,
  },
} as const;

export type Channel = keyof typeof channels;
export type ChannelPayload<C extends Channel> = z.input<(typeof channels)[C]['payload']>;
export type ChannelResult<C extends Channel> = (typeof channels)[C]['result'];

/** The single IPC channel for renderer → main calls; the channel name travels in the message. */
export const INVOKE_CHANNEL = 'paragraf:invoke';
export const MENU_CHANNEL = 'paragraf:menu';
export const OPEN_DRAFT_CHANNEL = 'paragraf:open-draft';
/** The renderer tells main whether there are unsaved changes (for the quit prompt). */
export const DIRTY_CHANNEL = 'paragraf:dirty';
