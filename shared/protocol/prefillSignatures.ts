import type { Person } from './attendance';
import type { Protocol } from './protocol';

/** "Val av justerare", "Val av justerare och tid för justering", "Val av två justerare". */
const ADJUSTER_ITEM = /\bval av (?:\S+ )?justerare/i;

const present = (p: Protocol): Person[] => {
  const absent = new Set(
    p.attendance.groups.filter((g) => g.kind === 'franvarande').map((g) => g.id),
  );
  return p.attendance.people.filter((x) => !absent.has(x.groupId));
};

/** Whether the text names the person: the whole name, as words (not "Eva" in "Evald"). */
function names(text: string, person: Person): boolean {
  const name = person.name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return name !== '' && new RegExp(`(^|[^\\p{L}])${name}($|[^\\p{L}])`, 'iu').test(text);
}

/** The people present named in the decision of "Val av justerare", in the order written. */
export function chosenAdjusters(p: Protocol): Person[] {
  const item = p.items.find((i) => ADJUSTER_ITEM.test(i.title));
  const text = item?.decision ? [item.decision.intro, ...item.decision.attSatser].join('\n') : '';
  if (text === '') return [];
  const lower = text.toLocaleLowerCase('sv-SE');
  return present(p)
    .filter((person) => names(text, person))
    .sort(
      (a, b) =>
        lower.indexOf(a.name.toLocaleLowerCase('sv-SE')) -
        lower.indexOf(b.name.toLocaleLowerCase('sv-SE')),
    );
}

/** The one person present with a role, or undefined when none or several have it. */
function onlyWithRole(p: Protocol, role: Person['role']): string | undefined {
  const found = present(p).filter((x) => x.role === role);
  return found.length === 1 ? found[0]!.id : undefined;
}

function adjusterIds(p: Protocol): string[] {
  const s = p.signatures;
  return chosenAdjusters(p)
    .map((x) => x.id)
    .filter((id) => id !== s.chairId && id !== s.secretaryId);
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * After an edit, fills the signatures from what the protokoll now says: the one person present
 * with the role ordförande, the one with the role sekreterare, and the justerare named in the
 * decision of "Val av justerare". A signature follows only while it still holds what was filled
 * before the edit (or nothing): what the secretary chose, or cleared, is never replaced. Returns
 * `after` itself when nothing is filled.
 */
export function prefillSignatures(before: Protocol, after: Protocol): Protocol {
  // The signatures of a justerat protokoll are what was signed.
  if (after.status !== 'utkast') return after;
  const s = after.signatures;
  const patch: Partial<Protocol['signatures']> = {};
  for (const [field, role] of [
    ['chairId', 'ordforande'],
    ['secretaryId', 'sekreterare'],
  ] as const) {
    const was = onlyWithRole(before, role);
    const now = onlyWithRole(after, role);
    if (now && now !== was && s[field] === was) patch[field] = now;
  }
  const filled = { ...after, signatures: { ...s, ...patch } };
  const was = adjusterIds(before);
  const now = adjusterIds(filled);
  const current = s.adjusters.map((a) => a.personId);
  const untouched =
    current.length === 0 ||
    (same(current, was) && s.adjusters.every((a) => !a.fromItemId && !a.toItemId));
  if (now.length > 0 && !same(now, was) && untouched) {
    patch.adjusters = now.map((personId) => ({ personId }));
  }
  return Object.keys(patch).length === 0 ? after : { ...after, signatures: { ...s, ...patch } };
}
