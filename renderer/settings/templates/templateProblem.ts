import { getTemplate } from '../../../shared/template/builtInTemplates';
import { templateSchema, type Template } from '../../../shared/template/templateSchema';

/** The editor's name of a field, from the schema's path. */
function fieldName(path: readonly PropertyKey[]): string {
  const [top, second, third] = path;
  const n = typeof second === 'number' ? second + 1 : 0;
  if (top === 'name') return 'Namn';
  if (top === 'description') return 'Beskrivning';
  if (top === 'documentKind') return 'Dokumenttyp';
  if (top === 'branding') return second === 'logo' ? 'Logotyp' : 'Organisationens namn';
  if (top === 'attendanceGroups') return `Grupp ${n}`;
  if (top === 'items') return `Punkt ${n}: ${third === 'title' ? 'rubrik' : 'text'}`;
  if (top === 'labels' && typeof second === 'string') {
    const reference = getTemplate('kommunal-namnd')!.labels as Record<string, unknown>;
    const word = reference[second];
    return typeof word === 'string' ? `Ordet ”${word}”` : 'Ett ord i protokollet';
  }
  return 'Mallen';
}

/** What stops the template from being saved, in Swedish; null when it is valid. */
export function templateProblem(template: Template): string | null {
  const parsed = templateSchema.safeParse(template);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const what = issue.code === 'too_small' ? 'får inte vara tomt' : 'är för långt eller ogiltigt';
  return `${fieldName(issue.path)} ${what}.`;
}
