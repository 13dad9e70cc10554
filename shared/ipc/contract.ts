import { z } from 'zod';
import { OUTPUT_KINDS } from '../outputs/outputTable';
import { idSchema } from '../protocol/ids';
import { protocolSchema, protocolStatusSchema, type Protocol } from '../protocol/protocol';
import { MAX_QUERY_LENGTH } from '../search/swedishTerms';
import type { DecisionRow, SearchAnswer } from '../search/searchTypes';
import type { Template } from '../template/templateSchema';
import { templateChannels } from './templateChannels';
import { registerSchema, type Register } from '../register/registerSchema';
import type {
  RegisterImportReceipt,
  RegisterSaveReceipt,
  RegisterSummary,
} from '../register/registerTypes';
import type { ImportReport } from '../wordImport/importReport';

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
  /** One of the kansli's own templates in the library (Inställningar › Mallar). */
  own?: boolean;
}

/** An earlier saved version of a draft, newest first in lists. */
export interface DraftVersion {
  versionId: string;
  savedAt: string;
  sizeBytes: number;
  /** What changed since the version before it, e.g. "§ 49 ändrad, 2 personer tillagda". */
  changes?: string;
}

/**
 * A loaded draft; `recovered` explains when a newer copy was damaged and an older one opened
 * (`readOnly` when the library could not be written, so nothing on disk was repaired).
 */
export interface LoadedDraft {
  protocol: Protocol;
  recovered?: { sv: string; en: string; quarantinedFile: string; readOnly?: boolean };
  /** Someone else has the draft open for editing: it opens read-only until taken over. */
  heldBy?: EditHolder;
}

/** Who has a draft open for editing, from its edit lock (shown as "Öppnat av … på … sedan …"). */
export interface EditHolder {
  user: string;
  /** The computer's name. */
  host: string;
  /** ISO time the draft was opened there. */
  since: string;
}

/** Where the drafts library is and whether it is the local default. */
export interface LibraryInfo {
  folder: string;
  isDefault: boolean;
  defaultFolder: string;
}

/** A folder chosen for the library: does it hold a library already (and how many drafts)? */
export interface LibraryFolderChoice {
  folder: string;
  hasLibrary: boolean;
  draftCount: number;
}

/** What moving or switching the library did, with a sentence for the user. */
export interface LibraryChange {
  library: LibraryInfo;
  sv: string;
  /** Where the old library was kept (renamed), when it was moved. */
  oldLibraryKeptAt?: string;
}

export interface SaveReceipt {
  savedAt: string;
  /**
   * The draft had been changed by another window or instance since this one opened it, so it was
   * not overwritten: this save became a new draft `copyId` (listed as "… (konflikt)").
   */
  conflict?: { copyId: string; sv: string; en: string };
  /**
   * The library folder could not be reached: the draft was kept in the local journal and is
   * written back (with the usual conflict check) when the folder returns.
   */
  keptLocally?: { sv: string; en: string };
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
  /** Someone else has the draft open for editing (see LoadedDraft). */
  heldBy?: EditHolder;
}

/** A PDF chosen as an appendix (bilaga), with a title suggested from its file name. */
export interface AppendixChoice {
  path: string;
  title: string;
}

/** A Word protokoll imported as a new draft, and what the import recognised. */
export interface WordImportReceipt {
  protocol: Protocol;
  report: ImportReport;
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

/** What the archive search and the Beslutsregister are limited to. */
const searchFilterShape = {
  query: z.string().max(MAX_QUERY_LENGTH),
  body: z.string().max(300).optional(),
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  status: protocolStatusSchema.optional(),
  onlyDecisions: z.boolean().optional(),
};

/** A body's name as a register is looked up by. */
const bodyNameSchema = z.string().trim().min(1).max(300);

/** Most decisions sent to the screen at once; the export always takes every row. */
export const MAX_REGISTER_ROWS = 2000;

export interface DecisionList {
  rows: DecisionRow[];
  /** Every decision that passes the filter; `rows` may be the first of them. */
  total: number;
}

/**
 * Every renderer → main call: channel name, payload schema (checked in main) and result type.
 * The preload exposes these as window.paragraf.<area>.<name>(payload).
 */
export const channels = {
  'templates.list': { payload: z.undefined(), result: null as unknown as TemplateSummary[] },
  'templates.get': { payload: z.string().max(64), result: null as unknown as Template },
  ...templateChannels,
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
  /** Opens a draft for editing: loads it and takes its edit lock (heldBy when someone has it). */
  'drafts.open': { payload: idSchema, result: null as unknown as LoadedDraft },
  /** Takes over a draft someone else has open (after "Ta över") and loads it afresh. */
  'drafts.takeOver': { payload: idSchema, result: null as unknown as LoadedDraft },
  /** The draft is no longer open in this window: its edit lock is released. */
  'drafts.close': { payload: idSchema, result: null as unknown as null },
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
  /** Asks for a Word protokoll (.docx) and imports it as a new draft; null when cancelled. */
  'drafts.importWord': {
    payload: z.undefined(),
    result: null as unknown as WordImportReceipt | null,
  },
  /** Imports a .docx dropped on the window as a new draft; main checks it as importPath does. */
  'drafts.importWordPath': {
    payload: z
      .string()
      .min(1)
      .max(MAX_IMPORT_PATH_LENGTH)
      .refine((p) => /\.docx$/i.test(p), 'not a .docx file')
      .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
        message: 'not an absolute path',
      })
      .refine((p) => !p.includes('\0'), 'contains a NUL character'),
    result: null as unknown as WordImportReceipt,
  },
  /** Saves a copy of the draft as an external .protokoll file chosen in a save dialog. */
  'drafts.exportFile': { payload: idSchema, result: null as unknown as ExportReceipt | null },
  /** Any document of the outputs table, through a save dialog; null when cancelled. */
  'export.document': {
    payload: exportRequestSchema,
    result: null as unknown as ExportReceipt | null,
  },
  /**
   * Expediering: asks for a folder, then writes one protokollsutdrag per recipient named under
   * the items' "Expedieras till"; null when cancelled. Existing files get " (2)" … names.
   */
  'export.extractsByRecipient': {
    payload: z.strictObject({ protocol: protocolSchema, format: z.enum(['pdf', 'docx']) }),
    result: null as unknown as {
      folder: string;
      files: { recipient: string; path: string }[];
    } | null,
  },
  /** The print HTML of a protocol, for the preview. */
  'export.previewHtml': { payload: protocolSchema, result: null as unknown as string },
  /** The PDF export of a protocol as base64, for the page-exact preview. */
  'export.previewPdf': { payload: protocolSchema, result: null as unknown as string },
  /**
   * A quick PDF whose page 1 is the preview's page 1 without the page total, as base64: shown
   * while export.previewPdf prints the whole document.
   */
  'export.previewFirstPage': { payload: protocolSchema, result: null as unknown as string },
  /**
   * Asks for a PDF to append to an item of the draft (open dialog); null when cancelled. Main
   * remembers the choice for that draft: exports read only files chosen here (or beside the
   * draft's imported file), never a path merely written in the draft.
   */
  'dialogs.chooseAppendix': {
    payload: z.strictObject({ draftId: idSchema }),
    result: null as unknown as AppendixChoice | null,
  },
  /** Asks for a folder (the default export folder), starting in the current one; null when cancelled. */
  'dialogs.chooseFolder': { payload: z.undefined(), result: null as unknown as string | null },
  'library.get': { payload: z.undefined(), result: null as unknown as LibraryInfo },
  /** Asks for a folder for the library; main remembers it for library.relocate. */
  'library.chooseFolder': {
    payload: z.undefined(),
    result: null as unknown as LibraryFolderChoice | null,
  },
  /**
   * Moves the library to the folder last chosen (copy, verify every file, then switch; the old
   * one is kept), uses the library already there, or goes back to the local default.
   */
  'library.relocate': {
    payload: z.strictObject({ mode: z.enum(['move', 'use-existing', 'use-default']) }),
    result: null as unknown as LibraryChange,
  },
  /** Full-text search over every item of every protokoll in the library, best first. */
  'search.query': {
    payload: z.strictObject({
      ...searchFilterShape,
      limit: z.number().int().min(1).max(200).optional(),
    }),
    result: null as unknown as SearchAnswer,
  },
  /** The Beslutsregister: every decision passing the filter, newest meeting first. */
  'search.decisions': {
    payload: z.strictObject({
      ...searchFilterShape,
      query: searchFilterShape.query.optional(),
      limit: z.number().int().min(1).max(MAX_REGISTER_ROWS).optional(),
    }),
    result: null as unknown as DecisionList,
  },
  /** The Beslutsregister as XLSX, CSV or PDF, through a save dialog; null when cancelled. */
  'search.exportDecisions': {
    payload: z.strictObject({
      ...searchFilterShape,
      query: searchFilterShape.query.optional(),
      format: z.enum(['xlsx', 'csv', 'pdf']),
    }),
    result: null as unknown as ExportReceipt | null,
  },
  /** The bodies' member registers (ledamotsregister) in the library. */
  'registers.list': { payload: z.undefined(), result: null as unknown as RegisterSummary[] },
  /** A body's register; null when it has none. A damaged file is an error and left as it is. */
  'registers.load': { payload: bodyNameSchema, result: null as unknown as Register | null },
  'registers.save': { payload: registerSchema, result: null as unknown as RegisterSaveReceipt },
  /**
   * Asks for a register file, a CSV or an XLSX (open dialog) and saves it as the body's
   * register; the previous version is kept. Null when cancelled.
   */
  'registers.importFile': {
    payload: z.strictObject({ body: bodyNameSchema }),
    result: null as unknown as RegisterImportReceipt | null,
  },
  /** Saves the body's register as a file to share (save dialog); null when cancelled. */
  'registers.exportFile': {
    payload: bodyNameSchema,
    result: null as unknown as ExportReceipt | null,
  },
  /** Earlier versions of the body's register, newest first. */
  'registers.versions': { payload: bodyNameSchema, result: null as unknown as DraftVersion[] },
  /** Makes an earlier version current again (the replaced one is kept as a version). */
  'registers.restoreVersion': {
    payload: z.strictObject({ body: bodyNameSchema, versionId: z.string().max(100) }),
    result: null as unknown as Register,
  },
  /** A register proposed from the body's protokoll in the library (not saved). */
  'registers.fromHistory': { payload: bodyNameSchema, result: null as unknown as Register },
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
