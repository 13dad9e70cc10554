import { BUILT_IN_TEMPLATES } from '../../template/builtInTemplates';
import type { Template } from '../../template/templateSchema';
import type { Line } from './lines';
import { normalise } from './vocabulary';

function labelSet(t: Template): Set<string> {
  const words = [
    ...Object.values(t.labels).filter((v): v is string => typeof v === 'string'),
    ...t.attendanceGroups.map((g) => g.label),
  ];
  return new Set(words.map(normalise).filter((w) => w.length > 1 && !w.includes('{')));
}

/**
 * The built-in template whose printed words the document uses most (its headings, group and
 * field labels); its labels, groups and layout become the draft's. Plain numbering ("1.") points
 * to a template numbered that way.
 */
export function chooseTemplate(lines: readonly Line[], plainNumbering: boolean): Template {
  const texts = new Set(
    lines
      .filter((l) => l.kind === 'text')
      .map((l) => normalise(l.text).replace(/\s*(§.*|\d.*)$/, ''))
      .filter((t) => t.length > 1 && t.length <= 80),
  );
  let best = BUILT_IN_TEMPLATES[0]!;
  let bestScore = -1;
  for (const t of BUILT_IN_TEMPLATES) {
    let score = [...labelSet(t)].filter((w) => texts.has(w)).length;
    if ((t.numbering.style === 'plain') === plainNumbering) score += 5;
    // The municipal template is the default when nothing tells them apart.
    if (t.id === 'kommunal-namnd') score += 0.5;
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}
