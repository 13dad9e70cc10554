import type { DraftSummary } from '../../shared/ipc/contract';

export interface DraftFilter {
  /** Free text matched against body, title and date. */
  text: string;
  /** Exact body, or "" for all. */
  body: string;
  /** "2020", or "" for all. */
  year: string;
}

const norm = (s: string) => s.trim().toLocaleLowerCase('sv');

/** The drafts that match, most recently changed first. */
export function filterDrafts(drafts: readonly DraftSummary[], filter: DraftFilter): DraftSummary[] {
  const words = norm(filter.text).split(/\s+/).filter(Boolean);
  return drafts
    .filter((d) => !filter.body || norm(d.body) === norm(filter.body))
    .filter((d) => !filter.year || d.date.startsWith(`${filter.year}-`))
    .filter((d) => {
      const haystack = norm(`${d.body} ${d.title} ${d.date} ${d.itemRange}`);
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Distinct bodies and years for the filter selects, sorted. */
export function filterOptions(drafts: readonly DraftSummary[]): {
  bodies: string[];
  years: string[];
} {
  const bodies = new Set<string>();
  const years = new Set<string>();
  for (const d of drafts) {
    if (d.body.trim()) bodies.add(d.body.trim());
    if (/^\d{4}-/.test(d.date)) years.add(d.date.slice(0, 4));
  }
  return {
    bodies: [...bodies].sort((a, b) => a.localeCompare(b, 'sv')),
    years: [...years].sort().reverse(),
  };
}
