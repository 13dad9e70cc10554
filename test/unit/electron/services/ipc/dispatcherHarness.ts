import { join } from 'node:path';
import { appendixGrantsForLibrary } from '../../../../../electron/services/appendix';
import { createDraftLibrary } from '../../../../../electron/services/drafts';
import {
  createDispatcher,
  type DispatcherServices,
} from '../../../../../electron/services/ipcDispatcher';
import { createSearchService } from '../../../../../electron/services/search/searchService';
import {
  createMemorySettingsStore,
  createSettingsService,
} from '../../../../../electron/services/settings';
import type { DocumentRequest } from '../../../../../electron/services/export/exportService';
import type { Protocol } from '../../../../../shared/protocol/protocol';

export interface Harness {
  dispatch: ReturnType<typeof createDispatcher>;
  services: DispatcherServices;
  calls: {
    exported: { kind: string; document: string; path: string; body: string }[];
    opened: string[];
    logs: string[];
    suggested: string[];
    /** Ids of the drafts handed to be printed ahead, one per save. */
    prePrinted: string[];
  };
  /** What the stub dialogs answer next (null = cancelled). */
  answers: { open: string | null; save: string | null; appendix: string | null };
}

/** The real dispatcher over a real drafts library and settings, with stub dialogs and exporter. */
export function createHarness(dir: string, exporterFailure?: Error): Harness {
  const calls: Harness['calls'] = {
    exported: [],
    opened: [],
    logs: [],
    suggested: [],
    prePrinted: [],
  };
  const answers: Harness['answers'] = { open: null, save: null, appendix: null };
  const record = async (p: Protocol, request: DocumentRequest, path: string) => {
    if (exporterFailure) throw exporterFailure;
    calls.exported.push({
      kind: request.format,
      document: request.document,
      path,
      body: p.meeting.body,
    });
  };
  const search = createSearchService({ root: join(dir, 'lib') });
  const drafts = createDraftLibrary({
    root: join(dir, 'lib'),
    onChange: (id, protocol) => void search.update(id, protocol),
  });
  const services: DispatcherServices = {
    drafts,
    search,
    appendixGrants: appendixGrantsForLibrary(drafts.root, (m) => calls.logs.push(m)),
    exporter: {
      exportDocument: record,
      renderPdf: async () => {
        if (exporterFailure) throw exporterFailure;
        return new TextEncoder().encode('%PDF-1.7 stub');
      },
      previewFirstPage: async () => new TextEncoder().encode('%PDF-1.7 first page'),
      previewHtml: async (p) => `<h1>${p.meeting.body}</h1>`,
      printModelPdf: async (model) => new TextEncoder().encode(`%PDF-1.7 ${model.info.title}`),
    },
    prePrint: {
      saved: (p) => void calls.prePrinted.push(p.id),
      opened: (p) => void calls.prePrinted.push(`opened ${p.id}`),
    },
    settings: createSettingsService(createMemorySettingsStore()),
    dialogs: {
      chooseProtocolToOpen: async () => answers.open,
      chooseAppendixPdf: async () => answers.appendix,
      chooseRegisterFile: async () => null,
      chooseFolder: async () => null,
      chooseSavePath: async (name) => {
        calls.suggested.push(name);
        return answers.save;
      },
    },
    openPath: async (path) => {
      calls.opened.push(path);
    },
    log: (m) => calls.logs.push(m),
  };
  return { dispatch: createDispatcher(services), services, calls, answers };
}
