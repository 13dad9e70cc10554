import type { Item } from '../../../../../shared/protocol/item';
import type { Protocol } from '../../../../../shared/protocol/protocol';

/**
 * Version n of the growing draft in the crash test: the version number in dnr, and a list of
 * items and body text that grow with n (wrapping so files stay a few hundred kB at most).
 */
export function crashVersion(base: Protocol, n: number): Protocol {
  const extra = n % 120;
  const template = base.items[0]!;
  const items: Item[] = [...base.items];
  for (let k = 0; k < extra; k++) {
    items.push({
      ...template,
      id: `crash-${k}`,
      title: `Punkt ${k} i version ${n}`,
      body: [{ type: 'paragraph', children: [{ text: `Text ${n}/${k} `.repeat(1 + (k % 7)) }] }],
    });
  }
  return { ...base, meeting: { ...base.meeting, dnr: `v${n}` }, items };
}

export function versionNumberOf(p: Protocol): number {
  const m = /^v(\d+)$/.exec(p.meeting.dnr);
  return m ? Number(m[1]) : -1;
}
