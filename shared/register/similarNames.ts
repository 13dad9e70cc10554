import type { Person } from '../protocol/attendance';
import { nameKey } from './registerAttendance';
import type { Register, RegisterPerson } from './registerSchema';

/** Edit distance (insert, delete, replace, swap of neighbours) with an early stop above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Letters only, without accents: "Öhman" and "Ohman" compare equal here. */
const plain = (name: string) =>
  nameKey(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N} ]/gu, '');

export interface NameMismatch {
  person: Person;
  entry: RegisterPerson;
}

/**
 * People typed in the protokoll whose name is not in the register but nearly is ("Beatrice
 * Öman" / "Beatrice Öhman"): a slip of the keyboard that would put a wrong name in an official
 * document. Up to two edits apart in names of eight letters or more, one in shorter ones.
 */
export function similarNames(people: readonly Person[], register: Register): NameMismatch[] {
  const exact = new Set(register.people.map((r) => nameKey(r.name)));
  const out: NameMismatch[] = [];
  for (const person of people) {
    if (exact.has(nameKey(person.name))) continue;
    const typed = plain(person.name);
    if (typed.length < 4) continue;
    const max = typed.length >= 8 ? 2 : 1;
    let best: { entry: RegisterPerson; d: number } | undefined;
    for (const entry of register.people) {
      const d = plain(entry.name) === typed ? 0 : editDistance(typed, plain(entry.name), max);
      if (d <= max && (!best || d < best.d)) best = { entry, d };
    }
    if (best) out.push({ person, entry: best.entry });
  }
  return out;
}
