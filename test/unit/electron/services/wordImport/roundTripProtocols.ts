import { protocolSchema, type Protocol } from '../../../../../shared/protocol/protocol';
import { numberItems } from '../../../../../shared/protocol/numbering';
import { personLine } from '../../../../../shared/protocol/personText';
import { BUILT_IN_TEMPLATES } from '../../../../../shared/template/builtInTemplates';
import type { Template } from '../../../../../shared/template/templateSchema';
import { createProtocolFromTemplate } from '../../../../../shared/template/newProtocol';
import { generateLargeProtocol } from '../../../../generate/largeProtocol';

/**
 * A filled protokoll in a template's layout and words: generated people and items, moved into the
 * template's groups (people of a kind the template has no group for are left out).
 */
export function protocolInTemplate(template: Template, seed: number): Protocol {
  const source = generateLargeProtocol({ items: 6, people: 14, seed });
  const blank = createProtocolFromTemplate(template, {
    id: `rundresa-${template.id}`,
    now: new Date('2024-11-21T08:00:00Z'),
    body: source.meeting.body,
    date: source.meeting.date,
    firstNumber: template.numbering.style === 'paragraph' ? 101 : 1,
  });
  const kindOf = new Map(source.attendance.groups.map((g) => [g.id, g.kind]));
  const groupFor = (groupId: string) =>
    blank.attendance.groups.find((g) => g.kind === kindOf.get(groupId));
  const people = source.attendance.people
    .filter((p) => groupFor(p.groupId) !== undefined)
    .map((p) => ({ ...p, groupId: groupFor(p.groupId)!.id }));
  const kept = new Set(people.map((p) => p.id));
  const known = (id: string | undefined) => id === undefined || kept.has(id);
  return protocolSchema.parse({
    ...blank,
    attendance: {
      groups: blank.attendance.groups,
      people,
      events: source.attendance.events.filter(
        (e) => known(e.personId) && (e.type !== 'substitutes' || known(e.forId)),
      ),
    },
    items: source.items.map((item) => ({
      ...item,
      reservations: item.reservations
        .map((r) => ({ ...r, personIds: r.personIds.filter((id) => kept.has(id)) }))
        .filter((r) => r.personIds.length > 0),
      votes: item.votes.map((v) => ({
        ...v,
        ballots: v.ballots.filter((b) => kept.has(b.personId)),
      })),
    })),
    signatures: {
      ...source.signatures,
      adjusters: source.signatures.adjusters.filter((a) => kept.has(a.personId)),
    },
  });
}

/** One protokoll per built-in template. */
export function templateProtocols(): { name: string; protocol: Protocol }[] {
  return BUILT_IN_TEMPLATES.map((t, i) => ({ name: t.id, protocol: protocolInTemplate(t, i + 1) }));
}

/**
 * What a round trip must keep: people by name, party, role and group, and their attendance lines;
 * items; att-satser.
 */
export function essentials(p: Protocol) {
  const groupLabel = new Map(p.attendance.groups.map((g) => [g.id, g.label]));
  const numbers = numberItems(p.items, p.meeting.numbering, p.labels.paragraphSign);
  return {
    // Print order is by group and subgroup, so people are compared as a set.
    people: p.attendance.people
      .map((x) => ({
        name: x.name,
        party: x.party ?? '',
        role: x.role ?? '',
        group: groupLabel.get(x.groupId),
      }))
      .sort((a, b) => `${a.group}/${a.name}`.localeCompare(`${b.group}/${b.name}`)),
    // As printed: who substitutes for whom, who came late, left early or missed items.
    lines: p.attendance.people.map((x) => personLine(p, x)).sort(),
    items: p.items.map((item, i) => ({
      number: numbers[i]!.label,
      title: item.title,
      attSatser: item.decision?.attSatser ?? [],
      // Counts are printed only when there are no per-person votes.
      votes: item.votes.map(({ counts, ...v }) => ({
        ...v,
        ...(counts && v.ballots.length === 0 ? { counts } : {}),
        ballots: v.ballots
          .map((b) => `${p.attendance.people.find((x) => x.id === b.personId)?.name}: ${b.choice}`)
          .sort(),
      })),
      jav: p.attendance.events
        .filter((e) => e.type === 'absent' && e.jav && e.itemId === item.id)
        .map((e) => p.attendance.people.find((x) => x.id === e.personId)?.name)
        .sort(),
    })),
  };
}

/** Every other part of each item Paragraf prints: what its own DOCX must give back. */
export function itemParts(p: Protocol) {
  return p.items.map((item) => ({
    dnr: item.dnr,
    presenters: item.presenters,
    documents: item.documents,
    proposal: item.proposal ?? null,
    decisionIntro: item.decision?.intro ?? '',
    motions: item.motions,
    propositionOrder: item.propositionOrder,
    reservations: item.reservations.map((r) => ({
      ...r,
      personIds: r.personIds.map((id) => p.attendance.people.find((x) => x.id === id)?.name),
    })),
    notes: item.notes,
    immediateAdjustment: item.immediateAdjustment,
    appendices: item.appendices.map((a) => a.title),
    distribution: item.distribution,
  }));
}
