/** "{name} anmäler jäv och deltar inte i handläggningen" as a pattern capturing the name. */
function pattern(label: string): RegExp {
  const parts = label.split('{name}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('(.+?)')}\\.?$`, 'i');
}

const SWEDISH = '{name} anmäler jäv och deltar inte i handläggningen';

/**
 * The person a jäv line under an item names ("Linda Frohm (M) anmäler jäv och deltar inte i
 * handläggningen"), in the template's words or Swedish; undefined for any other line.
 */
export function javDeclaration(text: string, templateLabel: string): string | undefined {
  for (const label of [templateLabel, SWEDISH]) {
    const m = pattern(label).exec(text);
    if (m) return m[1];
  }
  return undefined;
}
