import type { ItemRecord } from './searchTypes';

/** The decision of a record as one text: intro and att-satser, one per line. */
export function decisionText(record: Pick<ItemRecord, 'intro' | 'attSatser'>): string {
  return [record.intro, ...record.attSatser].filter((s) => s.trim()).join('\n');
}
