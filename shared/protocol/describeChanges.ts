import { itemNumberMap } from './numbering';
import type { Protocol } from './protocol';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** "§ 49", "§ 49 och § 50", "§ 49, § 50, § 51 och 2 till". */
function listOf(labels: string[]): string {
  const shown = labels.slice(0, 3);
  const more = labels.length - shown.length;
  if (more > 0) return `${shown.join(', ')} och ${more} till`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} och ${shown.at(-1)}` : shown[0]!;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What changed between two saved versions of a protokoll, in Swedish, for Versioner:
 * "§ 49 ändrad, 2 personer tillagda". "Inga ändringar" when the content is the same.
 */
export function describeChanges(before: Protocol, after: Protocol): string {
  const parts: string[] = [];
  if (!same(before.meeting, after.meeting)) parts.push('mötesuppgifter ändrade');

  const beforeItems = new Map(before.items.map((i) => [i.id, i]));
  const afterIds = new Set(after.items.map((i) => i.id));
  const numbersAfter = itemNumberMap(after);
  const numbersBefore = itemNumberMap(before);
  const added = after.items.filter((i) => !beforeItems.has(i.id));
  const removed = before.items.filter((i) => !afterIds.has(i.id));
  const changed = after.items.filter(
    (i) => beforeItems.has(i.id) && !same(beforeItems.get(i.id), i),
  );
  if (changed.length > 0) {
    parts.push(
      `${listOf(changed.map((i) => numbersAfter.get(i.id)!.label))} ändrad${changed.length > 1 ? 'e' : ''}`,
    );
  }
  if (added.length > 0) {
    parts.push(
      `${listOf(added.map((i) => numbersAfter.get(i.id)!.label))} tillag${added.length > 1 ? 'da' : 't'}`,
    );
  }
  if (removed.length > 0) {
    parts.push(
      `${listOf(removed.map((i) => `${numbersBefore.get(i.id)!.label} ${i.title}`.trim()))} borttag${removed.length > 1 ? 'na' : 'et'}`,
    );
  }
  const kept = before.items.filter((i) => afterIds.has(i.id)).map((i) => i.id);
  const keptAfter = after.items.filter((i) => beforeItems.has(i.id)).map((i) => i.id);
  if (!same(kept, keptAfter)) parts.push('ordningen ändrad');

  const beforePeople = new Map(before.attendance.people.map((p) => [p.id, p]));
  const afterPeople = new Set(after.attendance.people.map((p) => p.id));
  const newPeople = after.attendance.people.filter((p) => !beforePeople.has(p.id)).length;
  const gonePeople = before.attendance.people.filter((p) => !afterPeople.has(p.id)).length;
  const changedPeople = after.attendance.people.filter(
    (p) => beforePeople.has(p.id) && !same(beforePeople.get(p.id), p),
  ).length;
  if (newPeople > 0)
    parts.push(`${count(newPeople, 'person', 'personer')} tillag${newPeople > 1 ? 'da' : 'd'}`);
  if (gonePeople > 0)
    parts.push(`${count(gonePeople, 'person', 'personer')} borttag${gonePeople > 1 ? 'na' : 'en'}`);
  if (changedPeople > 0) parts.push('närvaron ändrad');

  if (!same(before.signatures, after.signatures)) parts.push('underskrifter ändrade');
  if (!same(before.notice, after.notice)) parts.push('anslaget ändrat');
  if (before.status !== after.status) parts.push(`markerat som ${after.status}`);
  const corrections = after.corrections.length - before.corrections.length;
  if (corrections > 0)
    parts.push(
      count(corrections, 'rättelse', 'rättelser') + ' gjord' + (corrections > 1 ? 'a' : ''),
    );

  if (parts.length === 0) return 'Inga ändringar';
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
