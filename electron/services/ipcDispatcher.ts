import { basename } from 'node:path';
import { writeExtractsByRecipient } from './export/extractsByRecipient';
import type { z } from 'zod';
import {
  channels,
  MAX_REGISTER_ROWS,
  type Channel,
  type ChannelResult,
} from '../../shared/ipc/contract';
import { isBilingual, ParagrafError } from '../../shared/errors/paragrafError';
import { err, ok, type IpcResult } from '../../shared/ipc/result';
import {
  safeFileName,
  suggestedExportName,
  type ExportExtension,
} from '../../shared/export/fileName';
import { outputRow } from '../../shared/outputs';
import { formatPath } from '../../shared/protocol/loadError';
import type { AppendixGrants } from './appendix';
import { checkDroppedFile, type DraftLibrary } from './drafts';
import type { ExportService } from './export/exportService';
import type { PrePrintAfterSaves } from './export/prePrintAfterSaves';
import { writeDecisionRegister } from './search/decisionExport';
import type { SearchService } from './search/searchService';
import type { SettingsService } from './settings';
import type { EditLocks } from './drafts/editLock';
import { openForEditing, RESTORE, TRASH, withHolder } from './drafts/windowEditing';
import type { PendingSaves } from './drafts/pendingSaves';
import type { LibraryHome } from './library/libraryHome';
import { isTrustedSender } from './senderPolicy';
import {
  findTemplate,
  templateHandlers,
  type TemplateServices,
} from './templates/templateHandlers';
import type { RegisterStore } from './registers/registerStore';
import { registerHandlers } from './registers/registerHandlers';
import { checkDroppedWordFile } from './wordImport/droppedWordFile';
import { importWordDraft } from './wordImport/importWordDraft';

export interface Dialogs {
  /** A .protokoll file to open, or null when cancelled. */
  chooseProtocolToOpen(): Promise<string | null>;
  /** Where to save, starting from the suggested name; null when cancelled. */
  chooseSavePath(suggestedName: string, kind: ExportExtension): Promise<string | null>;
  /** A Word protokoll (.docx) to import, or null when cancelled. */
  chooseWordToImport?(): Promise<string | null>;
  /** A PDF to append to an item (bilaga), or null when cancelled. */
  chooseAppendixPdf(): Promise<string | null>;
  /** A member list (register file, CSV or XLSX) to import, or null when cancelled. */
  chooseRegisterFile(): Promise<string | null>;
  /** A folder (the default export folder), starting in `current` when set; null when cancelled. */
  chooseFolder(current: string): Promise<string | null>;
}

/** "Budget_2021 (slutlig).pdf" → "Budget 2021 (slutlig)": a starting point the secretary edits. */
export function appendixTitleFromPath(path: string): string {
  const name = basename(path.replace(/\\/g, '/'))
    .replace(/\.pdf$/i, '')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .slice(0, 200);
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : 'Bilaga';
}

/** Most decisions printed in one Beslutsregister PDF (about 1,500 pages). */
export const MAX_REGISTER_PDF_ROWS = 5000;

/** The settings' author name overrides the PDF's Author (the secretary's name) when set. */
export function pdfAuthorOption(authorName: string): { author?: string } {
  const author = authorName.trim();
  return author ? { author } : {};
}

export interface DispatcherServices {
  drafts: DraftLibrary;
  exporter: Pick<
    ExportService,
    'exportDocument' | 'renderPdf' | 'previewFirstPage' | 'previewHtml' | 'printModelPdf'
  >;
  /** The archive search over the same library. */
  search: SearchService;
  /** Today as yyyy-mm-dd (printed on the Beslutsregister). */
  today?: () => string;
  settings: SettingsService;
  dialogs: Dialogs;
  /** Which appendix files each draft's export may read (the dialog's choices). */
  appendixGrants: AppendixGrants;
  /** Opens a file the app just wrote with the system viewer. */
  openPath(path: string): Promise<void>;
  /** English, to the log file. */
  log(message: string): void;
  /** Who has which draft open for editing; without it drafts are not locked while open. */
  editLocks?: EditLocks;
  /** Keeps saves locally while the library folder cannot be reached. */
  pendingSaves?: PendingSaves;
  /** Prints a saved draft ahead of its export; without it nothing is printed before asked. */
  prePrint?: Pick<PrePrintAfterSaves, 'saved' | 'opened'>;
  /** The bodies' member registers in the library. */
  registers?: RegisterStore;
  /** Where the library is; without it the library cannot be moved. */
  libraryHome?: Pick<LibraryHome, 'info' | 'chooseFolder' | 'relocate'>;
  /** The kansli's own templates in the library; without them only the built-in ones exist. */
  templates?: TemplateServices;
}

export type Dispatch = (channel: string, payload: unknown) => Promise<IpcResult<unknown>>;

type Payload<C extends Channel> = z.output<(typeof channels)[C]['payload']>;
type Handlers = { [C in Channel]: (payload: Payload<C>) => Promise<ChannelResult<C>> };

function handlersFor(s: DispatcherServices): Handlers {
  const editing = openForEditing(s.editLocks, s.log);
  const home = () => {
    if (!s.libraryHome) {
      throw new ParagrafError(
        'no-library-home',
        'the library cannot be moved here',
        'Biblioteket kan inte flyttas här.',
      );
    }
    return s.libraryHome;
  };
  async function afterExport(path: string, openAfter: boolean): Promise<{ path: string }> {
    if (openAfter || s.settings.get().openAfterExport) {
      // The file exists; failing to open a viewer is not a failed export.
      await s.openPath(path).catch((e: unknown) => s.log(`could not open ${path}: ${String(e)}`));
    }
    return { path };
  }
  return {
    ...templateHandlers(s.templates, s.log),
    'drafts.list': () => s.drafts.list(),
    'drafts.create': async ({ templateId, body }) => {
      const template = await findTemplate(s.templates, templateId);
      if (!template) {
        throw new ParagrafError(
          'template-not-found',
          `no template "${templateId}"`,
          'Mallen finns inte.',
        );
      }
      const created = await s.drafts.createFromTemplate(
        template,
        body !== undefined ? { body } : {},
      );
      await editing.open(created.id);
      return created;
    },
    'drafts.load': (id) => s.drafts.load(id),
    'drafts.open': async (id) => {
      const loaded = await s.drafts.load(id);
      const opened = withHolder(loaded, await editing.open(id));
      s.prePrint?.opened(loaded.protocol);
      return opened;
    },
    'drafts.save': async (protocol) => {
      if (await editing.heldElsewhere(protocol.id)) {
        // Someone else is editing it: never overwrite their draft; keep this version as a copy.
        return s.drafts.save(protocol, { asCopy: true });
      }
      const receipt = await (s.pendingSaves
        ? s.pendingSaves.save(s.drafts, protocol)
        : s.drafts.save(protocol));
      s.prePrint?.saved(protocol);
      return receipt;
    },
    'drafts.takeOver': async (id) => {
      await editing.takeOver(id);
      return s.drafts.load(id);
    },
    'drafts.close': async (id) => {
      await editing.release(id);
      return null;
    },
    'drafts.history': (id) => s.drafts.history(id),
    'drafts.restoreVersion': async ({ id, versionId }) => {
      await editing.refuseIfHeldElsewhere(id, RESTORE);
      return s.drafts.restoreVersion(id, versionId);
    },
    'drafts.trash': async (id) => {
      await editing.refuseIfHeldElsewhere(id, TRASH);
      await s.drafts.trash(id);
      return null;
    },
    'drafts.listTrash': () => s.drafts.listTrash(),
    'drafts.restoreFromTrash': (id) => s.drafts.restoreFromTrash(id),
    'drafts.importFile': async () => {
      const path = await s.dialogs.chooseProtocolToOpen();
      if (path === null) return null;
      const receipt = await s.drafts.importPath(path);
      s.settings.addRecentFile(path);
      return withHolder(receipt, await editing.open(receipt.protocol.id));
    },
    'drafts.importPath': async (path) => {
      const receipt = await s.drafts.importPath(await checkDroppedFile(path));
      s.settings.addRecentFile(path);
      return withHolder(receipt, await editing.open(receipt.protocol.id));
    },
    'drafts.importWord': async () => {
      const path = s.dialogs.chooseWordToImport ? await s.dialogs.chooseWordToImport() : null;
      if (path === null) return null;
      const receipt = await importWordDraft(s.drafts, await checkDroppedWordFile(path), s.log);
      await editing.open(receipt.protocol.id);
      return receipt;
    },
    'drafts.importWordPath': async (path) => {
      const receipt = await importWordDraft(s.drafts, await checkDroppedWordFile(path), s.log);
      await editing.open(receipt.protocol.id);
      return receipt;
    },
    'drafts.exportFile': async (id) => {
      const { protocol } = await s.drafts.load(id);
      const path = await s.dialogs.chooseSavePath(
        suggestedExportName(protocol, 'protokoll'),
        'protokoll',
      );
      if (path === null) return null;
      await s.drafts.exportCopy(id, path);
      s.settings.addRecentFile(path);
      return { path };
    },
    'export.document': async ({ protocol, document, format, itemIds, openAfter }) => {
      const row = outputRow(document);
      if (!row.formats.includes(format)) {
        throw new ParagrafError(
          'format-not-offered',
          `${document} is not made as ${format}`,
          `${row.label} kan inte exporteras som ${format.toUpperCase()}.`,
        );
      }
      const options = itemIds ? { itemIds } : {};
      const path = await s.dialogs.chooseSavePath(row.fileName(protocol, format, options), format);
      if (path === null) return null;
      await s.exporter.exportDocument(protocol, { document, format, ...options }, path, {
        ...pdfAuthorOption(s.settings.get().authorName),
        appendixAccess: await s.appendixGrants.accessFor(protocol.id),
      });
      return afterExport(path, openAfter);
    },
    'export.extractsByRecipient': async ({ protocol, format }) => {
      const folder = await s.dialogs.chooseFolder(s.settings.get().defaultExportFolder);
      if (folder === null) return null;
      const files = await writeExtractsByRecipient(s.exporter, protocol, folder, format, {
        ...pdfAuthorOption(s.settings.get().authorName),
        appendixAccess: await s.appendixGrants.accessFor(protocol.id),
      });
      return { folder, files };
    },
    'export.previewHtml': (protocol) => s.exporter.previewHtml(protocol),
    'export.previewPdf': async (protocol) => {
      const appendixAccess = await s.appendixGrants.accessFor(protocol.id);
      const pdf = await s.exporter.renderPdf(protocol, { appendixAccess });
      return Buffer.from(pdf).toString('base64');
    },
    'export.previewFirstPage': async (protocol) =>
      Buffer.from(await s.exporter.previewFirstPage(protocol)).toString('base64'),
    'dialogs.chooseAppendix': async ({ draftId }) => {
      const path = await s.dialogs.chooseAppendixPdf();
      if (path === null) return null;
      const title = appendixTitleFromPath(path);
      try {
        // The choice is the grant: only files chosen here are read for this draft's exports.
        await s.appendixGrants.grant(draftId, path);
      } catch (error) {
        throw new ParagrafError(
          'appendix-unreadable',
          `the chosen appendix could not be resolved: ${String(error)}`,
          `Bilagan kunde inte läsas: ${title}.`,
        );
      }
      return { path, title };
    },
    'dialogs.chooseFolder': () => s.dialogs.chooseFolder(s.settings.get().defaultExportFolder),
    'library.get': async () => home().info(),
    'library.chooseFolder': () => home().chooseFolder(),
    'library.relocate': ({ mode }) => home().relocate(mode),
    'search.query': (request) => s.search.search(request),
    'search.decisions': async ({ limit, ...query }) => {
      const rows = await s.search.decisions(query);
      return { rows: rows.slice(0, limit ?? MAX_REGISTER_ROWS), total: rows.length };
    },
    'search.exportDecisions': async ({ format, ...query }) => {
      const printedOn = (s.today ?? (() => new Date().toISOString().slice(0, 10)))();
      const name = safeFileName(
        ['Beslutsregister', query.body ?? 'alla organ', query.year ?? '', printedOn],
        'Beslutsregister',
        format,
      );
      const rows = await s.search.decisions(query);
      if (format === 'pdf' && rows.length > MAX_REGISTER_PDF_ROWS) {
        throw new ParagrafError(
          'register-too-long',
          `${rows.length} decisions are too many for a PDF (at most ${MAX_REGISTER_PDF_ROWS})`,
          `Urvalet har ${rows.length} beslut; en PDF görs för högst ${MAX_REGISTER_PDF_ROWS}. Välj organ eller år, eller exportera som Excel.`,
        );
      }
      const path = await s.dialogs.chooseSavePath(name, format);
      if (path === null) return null;
      const author = s.settings.get().authorName.trim();
      await writeDecisionRegister(rows, format, path, {
        filter: query,
        printedOn,
        ...(author ? { author } : {}),
        printPdf: (model) => s.exporter.printModelPdf(model),
      });
      return afterExport(path, false);
    },
    ...registerHandlers(s),
    'settings.get': async () => s.settings.get(),
    'settings.set': async (patch) => s.settings.set(patch),
  };
}

/**
 * The one entry point for renderer calls: checks the channel, validates the payload with the
 * contract's schema, runs the service and turns every outcome into an IpcResult. Never throws.
 * Free of Electron so the end-to-end tests can bind it into Chromium.
 */
export function createDispatcher(services: DispatcherServices): Dispatch {
  const handlers = handlersFor(services);
  return async (channel, payload) => {
    if (typeof channel !== 'string' || !Object.hasOwn(channels, channel)) {
      const name = String(channel).slice(0, 80);
      services.log(`refused unknown IPC channel ${JSON.stringify(name)}`);
      return err(
        'unknown-channel',
        `unknown channel ${JSON.stringify(name)}`,
        'Okänd begäran; den utfördes inte.',
      );
    }
    const name = channel as Channel;
    const parsed = channels[name].payload.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${formatPath(issue.path)}: ${issue.message}` : 'invalid';
      services.log(`refused ${name}: invalid payload (${where})`);
      return err(
        'invalid-payload',
        `invalid payload for ${name}: ${where}`,
        'Begäran innehöll ogiltiga uppgifter och utfördes inte.',
      );
    }
    try {
      const handler = handlers[name] as (p: unknown) => Promise<unknown>;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (isBilingual(error)) {
        // The detail (paths, what the disk said) is for the log, never for the page.
        services.log(
          `${name} failed: ${typeof error.detail === 'string' ? error.detail : error.en}`,
        );
        return err(error.code, error.en, error.sv);
      }
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      services.log(`${name} failed unexpectedly: ${detail}`);
      return err(
        'internal',
        `${name} failed: ${error instanceof Error ? error.message : String(error)}`,
        'Ett oväntat fel inträffade. Försök igen; om felet kvarstår, starta om Paragraf.',
      );
    }
  };
}

/** Wraps a dispatcher with the sender check: only the app's own page may call. */
export function guardSender(dispatch: Dispatch, log: (message: string) => void) {
  return (senderUrl: string, channel: unknown, payload: unknown): Promise<IpcResult<unknown>> => {
    if (!isTrustedSender(senderUrl)) {
      log(`refused IPC from untrusted sender ${JSON.stringify(String(senderUrl).slice(0, 200))}`);
      return Promise.resolve(
        err(
          'untrusted-sender',
          'the request did not come from the Paragraf window',
          'Begäran kom inte från Paragrafs fönster och utfördes inte.',
        ),
      );
    }
    return dispatch(String(channel), payload);
  };
}
