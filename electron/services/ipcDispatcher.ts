import { basename } from 'node:path';
import type { z } from 'zod';
import {
  channels,
  MAX_REGISTER_ROWS,
  type Channel,
  type ChannelResult,
} from '../../shared/ipc/contract';
import { err, ok, type IpcResult } from '../../shared/ipc/result';
import {
  safeFileName,
  suggestedExportName,
  type ExportExtension,
} from '../../shared/export/fileName';
import { outputRow } from '../../shared/outputs';
import { formatPath } from '../../shared/protocol/loadError';
import { getTemplate, listTemplateSummaries } from '../../shared/template/builtInTemplates';
import { checkDroppedFile, type DraftLibrary } from './drafts';
import type { ExportService } from './export/exportService';
import { writeDecisionRegister } from './search/decisionExport';
import type { SearchService } from './search/searchService';
import type { SettingsService } from './settings';
import { isTrustedSender } from './senderPolicy';

export interface Dialogs {
  /** A .protokoll file to open, or null when cancelled. */
  chooseProtocolToOpen(): Promise<string | null>;
  /** Where to save, starting from the suggested name; null when cancelled. */
  chooseSavePath(suggestedName: string, kind: ExportExtension): Promise<string | null>;
  /** A PDF to append to an item (bilaga), or null when cancelled. */
  chooseAppendixPdf(): Promise<string | null>;
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
  exporter: Pick<ExportService, 'exportDocument' | 'renderPdf' | 'previewHtml' | 'printModelPdf'>;
  /** The archive search over the same library. */
  search: SearchService;
  /** Today as yyyy-mm-dd (printed on the Beslutsregister). */
  today?: () => string;
  settings: SettingsService;
  dialogs: Dialogs;
  /** Opens a file the app just wrote with the system viewer. */
  openPath(path: string): Promise<void>;
  /** English, to the log file. */
  log(message: string): void;
}

export type Dispatch = (channel: string, payload: unknown) => Promise<IpcResult<unknown>>;

type Payload<C extends Channel> = z.output<(typeof channels)[C]['payload']>;
type Handlers = { [C in Channel]: (payload: Payload<C>) => Promise<ChannelResult<C>> };

/** An error a service raised on purpose: it carries its own bilingual message. */
function isBilingual(e: unknown): e is { code: string; en: string; sv: string } {
  const x = e as Record<string, unknown> | null;
  return !!x && typeof x.code === 'string' && typeof x.en === 'string' && typeof x.sv === 'string';
}

class Refusal extends Error {
  constructor(
    readonly code: string,
    readonly en: string,
    readonly sv: string,
  ) {
    super(en);
  }
}

function handlersFor(s: DispatcherServices): Handlers {
  async function afterExport(path: string, openAfter: boolean): Promise<{ path: string }> {
    if (openAfter || s.settings.get().openAfterExport) {
      // The file exists; failing to open a viewer is not a failed export.
      await s.openPath(path).catch((e: unknown) => s.log(`could not open ${path}: ${String(e)}`));
    }
    return { path };
  }
  return {
    'templates.list': async () => listTemplateSummaries(),
    'templates.get': async (id) => {
      const template = getTemplate(id);
      if (!template)
        throw new Refusal('template-not-found', `no template "${id}"`, 'Mallen finns inte.');
      return template;
    },
    'drafts.list': () => s.drafts.list(),
    'drafts.create': async ({ templateId, body }) => {
      const template = getTemplate(templateId);
      if (!template) {
        throw new Refusal(
          'template-not-found',
          `no template "${templateId}"`,
          'Mallen finns inte.',
        );
      }
      return s.drafts.createFromTemplate(template, body !== undefined ? { body } : {});
    },
    'drafts.load': (id) => s.drafts.load(id),
    'drafts.save': (protocol) => s.drafts.save(protocol),
    'drafts.history': (id) => s.drafts.history(id),
    'drafts.restoreVersion': ({ id, versionId }) => s.drafts.restoreVersion(id, versionId),
    'drafts.trash': async (id) => {
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
      return receipt;
    },
    'drafts.importPath': async (path) => {
      const receipt = await s.drafts.importPath(await checkDroppedFile(path));
      s.settings.addRecentFile(path);
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
        throw new Refusal(
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
      });
      return afterExport(path, openAfter);
    },
    'export.previewHtml': (protocol) => s.exporter.previewHtml(protocol),
    'export.previewPdf': async (protocol) =>
      Buffer.from(await s.exporter.renderPdf(protocol)).toString('base64'),
    'dialogs.chooseAppendix': async () => {
      const path = await s.dialogs.chooseAppendixPdf();
      return path === null ? null : { path, title: appendixTitleFromPath(path) };
    },
    'dialogs.chooseFolder': () => s.dialogs.chooseFolder(s.settings.get().defaultExportFolder),
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
        throw new Refusal(
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
        services.log(`${name} failed: ${error.en}`);
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
