import { blockText } from '../../../shared/protocol/richTextHelpers';
import type { Protocol } from '../../../shared/protocol/protocol';
import { BUILT_IN_TEMPLATES } from '../../../shared/template/builtInTemplates';
import type { WordProtocolOutline } from '../templates/templateFromWord';
import { importWordFile } from './importWordFile';

const titleKey = (title: string) => title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** Titles of the items every meeting has (opening, justerare, closing …) in some built-in template. */
const RECURRING = new Set(BUILT_IN_TEMPLATES.flatMap((t) => t.items.map((i) => titleKey(i.title))));

/**
 * What a template takes from a Word protokoll: its printed words (the built-in template whose
 * words match best, with the file's own where it differs), its document kind, and the items every
 * meeting has, with the text this body writes in them. The meeting's own items are not taken.
 */
export function outlineOfProtocol(protocol: Protocol): WordProtocolOutline {
  const { roles: _roles, ...labels } = protocol.labels;
  const items = protocol.items
    .filter((item) => RECURRING.has(titleKey(item.title)))
    .map((item) => ({ title: item.title, body: item.body.map(blockText).join('\n') }));
  return {
    baseTemplateId: protocol.templateId,
    documentKind: protocol.meeting.documentKind,
    labels,
    ...(items.length > 0 ? { items } : {}),
  };
}

/** Reads a .docx (never changed) into a template outline. */
export async function readWordOutline(path: string): Promise<WordProtocolOutline> {
  return outlineOfProtocol((await importWordFile(path)).protocol);
}
