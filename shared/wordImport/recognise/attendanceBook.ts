import type { AttendanceGroup, GroupKind, Person } from '../../protocol/attendance';
import type { ParticipationEvent } from '../../protocol/participationEvents';
import { wordImportError } from '../wordImportError';
import type { ParsedPerson } from './personLine';

/**
 * Most people an attendance list is read with: a fullmäktige with every ersättare and official
 * has a few hundred. Past it the file is refused, so no name lookup runs over an endless list.
 */
export const MAX_ATTENDANCE_PEOPLE = 1000;

function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'person';
}

/** The people and groups found so far, with unique ids derived from names. */
export class AttendanceBook {
  readonly people: Person[] = [];
  readonly events: ParticipationEvent[] = [];
  private readonly ids = new Set<string>();
  /** The next number to try for each id base (a hundred "Anna Berg" do not count up from 2 each). */
  private readonly nextNumber = new Map<string, number>();
  /** "ersättare för Anna Berg (M)": resolved once every group is read (the member may come later). */
  private readonly substitutions: { personId: string; forName: string }[] = [];

  constructor(readonly groups: AttendanceGroup[]) {}

  private uniqueId(base: string): string {
    let id = base;
    let n = this.nextNumber.get(base) ?? 2;
    for (; this.ids.has(id); n++) id = `${base}-${n}`;
    this.nextNumber.set(base, n);
    this.ids.add(id);
    return id;
  }

  /** The template's group of this kind, the one with this label, or a new group. */
  group(kind: GroupKind, label: string): AttendanceGroup {
    const clean = label.replace(/\s+/g, ' ').trim().replace(/:$/, '').slice(0, 200);
    const byLabel = this.groups.find((g) => g.label.toLowerCase() === clean.toLowerCase());
    if (byLabel) return byLabel;
    const byKind = this.groups.find((g) => g.kind === kind);
    if (byKind) return byKind;
    const group = {
      id: this.uniqueId(`grupp-${slug(clean)}`),
      label: clean || kind,
      kind,
      subgroups: [],
    };
    this.groups.push(group);
    return group;
  }

  addSubgroup(group: AttendanceGroup, name: string): string {
    const clean = name.replace(/\s+/g, ' ').trim().replace(/:$/, '').slice(0, 200);
    if (clean && !group.subgroups.includes(clean)) group.subgroups.push(clean);
    return clean;
  }

  add(parsed: ParsedPerson, group: AttendanceGroup, subgroup?: string): Person {
    if (this.people.length >= MAX_ATTENDANCE_PEOPLE) {
      throw wordImportError(
        'too-much',
        `more than ${MAX_ATTENDANCE_PEOPLE} people in the attendance, at "${parsed.name.slice(0, 80)}"`,
      );
    }
    const person: Person = {
      id: this.uniqueId(slug(parsed.name)),
      name: parsed.name.slice(0, 200),
      ...(parsed.party ? { party: parsed.party.slice(0, 50) } : {}),
      ...(parsed.organisation ? { organisation: parsed.organisation.slice(0, 200) } : {}),
      ...(parsed.title ? { title: parsed.title.slice(0, 200) } : {}),
      ...(parsed.role ? { role: parsed.role } : {}),
      groupId: group.id,
      ...(subgroup ? { subgroup } : {}),
    };
    this.people.push(person);
    if (parsed.substituteFor !== undefined) {
      this.substitutions.push({ personId: person.id, forName: parsed.substituteFor });
    }
    return person;
  }

  /** The substitution events, each naming the member served for when the attendance has them. */
  resolveSubstitutions(): void {
    for (const { personId, forName } of this.substitutions) {
      const member = this.find(forName);
      this.events.push({ type: 'substitutes', personId, ...(member ? { forId: member.id } : {}) });
    }
    this.substitutions.length = 0;
  }

  /** The person a printed name means: "Anna Lundberg", "Anna Lundberg (S)", "Anna Lundberg, (S), Boden". */
  find(printed: string): Person | undefined {
    const name = printed
      .replace(/\s*\([^()]*\).*$/, '')
      .split(',')[0]!
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    return this.people.find((p) => p.name.toLowerCase() === name);
  }

  /** Ids of the people a text names, in the order it names them. */
  named(text: string): string[] {
    const lower = text.toLowerCase();
    return this.people
      .map((p) => ({ id: p.id, at: lower.indexOf(p.name.toLowerCase()) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map((x) => x.id);
  }
}
