import { newItem, type Decision, type Item } from '../protocol/item';
import { CURRENT_SCHEMA_VERSION, type Protocol } from '../protocol/protocol';
import { richTextFromPlain } from '../protocol/richTextHelpers';
import type { Template, TemplateItem } from './templateSchema';

export interface NewProtocolOptions {
  /** Id of the new protocol. */
  id: string;
  /** Creation time (injected so tests and the CLI are deterministic). */
  now: Date;
  /** The body (organ), e.g. "Kommunstyrelsen"; replaces "{organ}" in the skeleton text. */
  body?: string;
  /** Meeting date YYYY-MM-DD. */
  date?: string;
  /** First item number, e.g. 46 when § numbering continues through the year. */
  firstNumber?: number;
  /** Start as a kallelse (the agenda sent before the meeting) that later becomes the protokoll. */
  kallelse?: boolean;
}

/** Shown where the body's name belongs but is not known yet, so the gap is visible in print. */
const MISSING_ORGAN = '…';

/** Replaces "{organ}"; a sentence that starts with the name gets a capital letter. */
export function fillOrgan(text: string, body: string): string {
  const name = body.trim() || MISSING_ORGAN;
  const filled = text.replaceAll('{organ}', name);
  return text.startsWith('{organ}') ? filled.charAt(0).toUpperCase() + filled.slice(1) : filled;
}

function fillDecision(d: { intro: string; attSatser: string[] }, body: string): Decision {
  return { intro: fillOrgan(d.intro, body), attSatser: d.attSatser.map((a) => fillOrgan(a, body)) };
}

/** An item from a template skeleton; its id is derived from the key so drafts are reproducible. */
export function itemFromTemplate(t: TemplateItem, body: string, id = `item-${t.key}`): Item {
  return newItem({
    id,
    kind: t.kind,
    title: fillOrgan(t.title, body),
    body: richTextFromPlain(fillOrgan(t.body, body)),
    ...(t.proposal ? { proposal: fillDecision(t.proposal, body) } : {}),
    ...(t.decision ? { decision: fillDecision(t.decision, body) } : {}),
  });
}

const POSITION_ORDER = { opening: 0, other: 1, closing: 2 } as const;

/** A new draft: the template's default items, groups, labels and layout, nobody in attendance yet. */
export function createProtocolFromTemplate(
  template: Template,
  options: NewProtocolOptions,
): Protocol {
  const body = options.body ?? '';
  const now = options.now.toISOString();
  const defaults = template.items
    .map((t, index) => ({ t, index }))
    .filter(({ t }) => t.includeByDefault)
    // Stable: opening items first, closing items last, template order otherwise.
    .sort(
      (a, b) => POSITION_ORDER[a.t.position] - POSITION_ORDER[b.t.position] || a.index - b.index,
    )
    .map(({ t }) => itemFromTemplate(t, body));
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id,
    templateId: template.id,
    status: options.kallelse || template.startsAs === 'kallelse' ? 'kallelse' : 'utkast',
    createdAt: now,
    updatedAt: now,
    meeting: {
      documentKind: template.documentKind,
      body,
      date: options.date ?? '',
      startTime: '',
      endTime: '',
      place: '',
      dnr: '',
      language: template.language,
      numbering: {
        style: template.numbering.style,
        firstNumber: options.firstNumber ?? template.numbering.firstNumber,
      },
      participationAppendix: false,
    },
    attendance: {
      groups: template.attendanceGroups.map((g) => ({ ...g, subgroups: [...g.subgroups] })),
      people: [],
      events: [],
    },
    items: defaults,
    signatures: { adjusters: [], adjustmentDate: '', adjustmentPlace: '' },
    notice: { postedDate: '', removalDate: '', storageLocation: '', certifiedBy: '' },
    layout: { ...template.layout },
    labels: structuredClone(template.labels),
    ...(template.branding ? { branding: structuredClone(template.branding) } : {}),
    corrections: [],
  };
}
