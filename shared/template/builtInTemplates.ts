import type { TemplateSummary } from '../ipc/contract';
import { templateSchema, type Template } from './templateSchema';
// Static JSON imports so tsx, vite, esbuild and vitest all bundle the templates without fs.
import foreningArsmote from '../../templates/forening-arsmote.json';
import foreningStyrelse from '../../templates/forening-styrelse.json';
import kommunalNamnd from '../../templates/kommunal-namnd.json';
import municipalCommitteeEn from '../../templates/municipal-committee-en.json';
import samverkansgrupp from '../../templates/samverkansgrupp.json';

const RAW_TEMPLATES: readonly unknown[] = [
  kommunalNamnd,
  samverkansgrupp,
  foreningStyrelse,
  foreningArsmote,
  municipalCommitteeEn,
];

/** The templates shipped with Paragraf, validated at load so a broken file fails loudly. */
export const BUILT_IN_TEMPLATES: readonly Template[] = Object.freeze(
  RAW_TEMPLATES.map((raw) => templateSchema.parse(raw)),
);

/** The built-in template with this id, if any. */
export function getTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}

/** What the template picker shows, in presentation order. */
export function listTemplateSummaries(): TemplateSummary[] {
  return BUILT_IN_TEMPLATES.map((t) => ({ id: t.id, name: t.name, description: t.description }));
}
