import type { ItemRecord, SearchFilter } from './searchTypes';

type Filterable = Pick<ItemRecord, 'body' | 'date' | 'status' | 'hasDecision'>;

export function matchesFilter(record: Filterable, filter: SearchFilter): boolean {
  if (filter.body && record.body !== filter.body) return false;
  if (filter.year && !record.date.startsWith(`${filter.year}-`)) return false;
  if (filter.status && record.status !== filter.status) return false;
  if (filter.onlyDecisions && !record.hasDecision) return false;
  return true;
}

/** The bodies and years of the library, sorted (years newest first), for the filters. */
export function filterOptionsOf(drafts: Iterable<{ records: readonly ItemRecord[] }>): {
  bodies: string[];
  years: string[];
} {
  const bodies = new Set<string>();
  const years = new Set<string>();
  for (const d of drafts) {
    const first = d.records[0];
    if (!first) continue;
    if (first.body) bodies.add(first.body);
    if (first.date) years.add(first.date.slice(0, 4));
  }
  return {
    bodies: [...bodies].sort((a, b) => a.localeCompare(b, 'sv')),
    years: [...years].sort().reverse(),
  };
}

/** Newest meeting first; within a meeting, in item order (the records' own order). */
export function sortByDateDesc<T extends Pick<ItemRecord, 'date' | 'draftId'>>(rows: T[]): T[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort(
      (a, b) =>
        b.row.date.localeCompare(a.row.date) ||
        a.row.draftId.localeCompare(b.row.draftId) ||
        a.i - b.i,
    )
    .map((x) => x.row);
}
