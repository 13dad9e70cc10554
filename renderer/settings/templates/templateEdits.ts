import { getTemplate } from '../../../shared/template/builtInTemplates';
import { createProtocolFromTemplate } from '../../../shared/template/newProtocol';
import type { Protocol } from '../../../shared/protocol/protocol';
import type { Template, TemplateLabels } from '../../../shared/template/templateSchema';

/** The page-number texts offered; any other text with {page} and {pages} is kept as typed. */
export const PAGE_NUMBER_STYLES = [
  { value: 'Sida {page} av {pages}', label: 'Sida 1 av 8' },
  { value: '{page} ({pages})', label: '1 (8)' },
  { value: 'Sida {page} ({pages})', label: 'Sida 1 (8)' },
] as const;

/** Label keys edited as one line of text each (the roles are edited apart). */
export type TextLabelKey = Exclude<keyof TemplateLabels, 'roles'>;

/** Each label's name in the editor: the word the municipal template prints there. */
export function labelNames(): [TextLabelKey, string][] {
  const reference = getTemplate('kommunal-namnd')!.labels;
  return (Object.keys(reference) as (keyof TemplateLabels)[])
    .filter((k): k is TextLabelKey => k !== 'roles')
    .map((k) => [k, reference[k]]);
}

/** A copy of any template as a new own one (its id is made free when saved). */
export function copyTemplate(t: Template): Template {
  return {
    ...structuredClone(t),
    id: `${t.id.replace(/-egen(-\d+)?$/, '')}-egen`.slice(0, 64),
    name: `${t.name} (kopia)`.slice(0, 200),
  };
}

/** The protokoll the preview prints: the template's default items for an example body. */
export function previewProtocol(t: Template): Protocol {
  return createProtocolFromTemplate(t, {
    id: 'mallforhandsvisning',
    now: new Date(),
    body: 'Exempelnämnden',
    date: new Date().toISOString().slice(0, 10),
  });
}
