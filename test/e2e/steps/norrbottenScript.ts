import type { Person } from '../../../shared/protocol/attendance';
import { plainText } from '../../../shared/protocol/richTextHelpers';
import { loadFixture } from '../../fixtures/loadFixture';

/**
 * What a secretary types for the Norrbotten meeting of 2020-12-16, taken from the fixture so the
 * test and the expected output cannot drift apart. Long background texts are cut to their first
 * sentences: the test checks that typed text arrives, not how fast a robot types.
 */
export interface ScriptPerson {
  line: string;
  group: string;
  subgroup: string;
  name: string;
}
export interface ScriptItem {
  title: string;
  paragraphs: string[];
  decision?: { intro: string; attSatser: string[] };
}

const fixture = loadFixture();

function lineOf(p: Person): string {
  const parts = [p.name];
  if (p.party) parts.push(`(${p.party})`);
  else if (p.title) parts.push(p.title);
  // A member's municipality is written; for Region members it repeats the subgroup and is left out.
  if (p.organisation && p.organisation !== p.subgroup) parts.push(p.organisation);
  if (p.role === 'ordforande') parts.push('ordförande');
  return parts.join(', ');
}

function firstWords(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return cut.slice(0, cut.lastIndexOf(' ')).replace(/[,.;:]$/, '') + '.';
}

export const body = fixture.meeting.body;
export const date = fixture.meeting.date;
export const place = fixture.meeting.place;

export const people: ScriptPerson[] = fixture.attendance.people.map((p) => ({
  line: lineOf(p),
  group: fixture.attendance.groups.find((g) => g.id === p.groupId)!.label,
  subgroup: p.subgroup ?? '',
  name: p.name,
}));

export const subgroups = fixture.attendance.groups.flatMap((g) =>
  g.subgroups.map((s) => ({ group: g.label, subgroup: s })),
);

export const items: ScriptItem[] = fixture.items.map((item) => ({
  title: item.title,
  paragraphs: plainText(item.body.filter((b) => b.type === 'paragraph'))
    .split('\n\n')
    .filter(Boolean)
    .slice(0, 2)
    .map((t) => firstWords(t)),
  decision: item.decision,
}));

const byId = (id?: string) => fixture.attendance.people.find((p) => p.id === id)!;
export const secretary = byId(fixture.signatures.secretaryId).name;
export const chair = byId(fixture.signatures.chairId);
export const adjuster = byId(fixture.signatures.adjusters[0]?.personId);
