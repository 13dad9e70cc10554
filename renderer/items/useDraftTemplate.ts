import { useEffect, useState } from 'react';
import { getTemplate } from '../../shared/template/builtInTemplates';
import type { Template } from '../../shared/template/templateSchema';
import { api, unwrap } from '../core/ipc/paragraf';

/** Own templates fetched once per window; a colleague's edit shows after the next start. */
const fetched = new Map<string, Template | null>();

/**
 * The template a draft was made with, for its standard items and default intros: a built-in one
 * at once, an own one (in the library) once main has read it. Undefined when it is missing (a
 * protokoll from another kansli): the draft itself still prints the same, since it carries the
 * template's words, layout and logo.
 */
export function useDraftTemplate(templateId: string | undefined): Template | undefined {
  const builtIn = templateId ? getTemplate(templateId) : undefined;
  const [own, setOwn] = useState<{ id: string; template: Template | null } | null>(null);
  useEffect(() => {
    if (!templateId || builtIn || fetched.has(templateId)) return;
    let live = true;
    unwrap(api().templates.get(templateId)).then(
      (template) => {
        fetched.set(templateId, template);
        if (live) setOwn({ id: templateId, template });
      },
      () => {
        fetched.set(templateId, null);
        if (live) setOwn({ id: templateId, template: null });
      },
    );
    return () => {
      live = false;
    };
  }, [templateId, builtIn]);
  if (!templateId) return undefined;
  if (builtIn) return builtIn;
  const known = fetched.get(templateId) ?? (own?.id === templateId ? own.template : null);
  return known ?? undefined;
}
