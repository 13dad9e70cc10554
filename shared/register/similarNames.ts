import type { Person } from '../protocol/attendance';
import { nameKey } from './registerAttendance';
import type { Register, RegisterPerson } from './registerSchema';

/**
 * Edit distance (insert, delete, replace, swap of neighbours) when it is at most `max`, else
 * max + 1. Only the band of cells within `max` of the diagonal is computed (a cell outside it is
 * already more than `max` edits away), so two long names cost their length, not its square.
 */
export function editDistance(a: string, b: string, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  const width = b.length + 1;
  let prev2 = new Array<number>(width).fill(over);
  let prev = Array.from({ length: width }, (_, j) => (j <= max ? j : over));
  let row = new Array<number>(width).fill(over);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    row[from - 1] = i <= max && from === 1 ? i : over;
    let best = row[from - 1]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      row[j] = Math.min(d, over);
      best = Math.min(best, row[j]!);
    }
    if (to + 1 < width) row[to + 1] = over;
    if (best > max) return over;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return Math.min(prev[b.length]!, over);
}

/** Letters only, without accents: "Öhman" and "Ohman" compare equal here. */
const plain = (name: string) =>
  nameKey(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N} ]/gu, '');

/** Longer than any real name; a longer one is not compared (a register entry's length then differs too). */
const MAX_COMPARED_LETTERS = 60;

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
  const entries = register.people.map((entry) => ({ entry, plain: plain(entry.name) }));
  const out: NameMismatch[] = [];
  for (const person of people) {
    if (exact.has(nameKey(person.name))) continue;
    const typed = plain(person.name);
    // A name this long is no slip of the keyboard; comparing it would only cost time.
    if (typed.length < 4 || typed.length > MAX_COMPARED_LETTERS) continue;
    const max = typed.length >= 8 ? 2 : 1;
    let best: { entry: RegisterPerson; d: number } | undefined;
    for (const { entry, plain: name } of entries) {
      const d = name === typed ? 0 : editDistance(typed, name, max);
      if (d <= max && (!best || d < best.d)) best = { entry, d };
    }
    if (best) out.push({ person, entry: best.entry });
  }
  return out;
}
