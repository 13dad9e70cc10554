import { useEffect, useState } from 'react';
import { api, unwrap } from '../core/ipc/paragraf';
import { personLine } from './personText';

/** How many earlier protokoll of the body are read for names. */
const DRAFTS_TO_READ = 8;

/**
 * People who attended earlier meetings of the same body, as lines for the quick-entry field
 * (newest meeting first, each name once).
 */
export function useKnownPeople(body: string, currentId: string): string[] {
  const [lines, setLines] = useState<string[]>([]);
  useEffect(() => {
    const wanted = body.trim().toLocaleLowerCase('sv');
    if (!wanted) return;
    let live = true;
    void (async () => {
      try {
        const list = await unwrap(api().drafts.list());
        const same = list
          .filter((d) => d.id !== currentId && d.body.trim().toLocaleLowerCase('sv') === wanted)
          .sort((a, b) => b.date.localeCompare(a.date))
          .slice(0, DRAFTS_TO_READ);
        const seen = new Map<string, string>();
        for (const d of same) {
          const loaded = await api().drafts.load(d.id);
          if (!loaded.ok) continue;
          for (const p of loaded.value.protocol.attendance.people) {
            if (!seen.has(p.name)) seen.set(p.name, personLine(p));
          }
        }
        if (live) setLines([...seen.values()]);
      } catch {
        // Suggestions are optional; typing works without them.
      }
    })();
    return () => {
      live = false;
    };
  }, [body, currentId]);
  return lines;
}
