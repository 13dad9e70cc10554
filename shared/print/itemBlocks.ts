import type { Decision, Item, Protocol, RichBlock, TextLeaf } from '../protocol';
import { servingByItem, type ItemParticipation } from '../protocol/participation';
import { nameWithParty } from '../protocol/personText';
import { fillLabel } from './fillLabel';
import { namesOf } from './personLines';
import type { DecisionBlock, ItemBlock, ItemContentBlock, TextRun } from './printDocument';

function runs(leaves: readonly TextLeaf[]): TextRun[] {
  return leaves.map((l) => ({
    text: l.text,
    ...(l.bold ? { bold: true } : {}),
    ...(l.italic ? { italic: true } : {}),
    ...(l.underline ? { underline: true } : {}),
  }));
}

export function bodyBlock(block: RichBlock): ItemContentBlock {
  switch (block.type) {
    case 'paragraph':
      return { kind: 'paragraph', role: 'body', runs: runs(block.children) };
    case 'heading':
      return { kind: 'heading', level: 2, text: block.children.map((c) => c.text).join('') };
    case 'bulleted-list':
    case 'numbered-list':
      return {
        kind: 'list',
        ordered: block.type === 'numbered-list',
        items: block.children.map((li) => runs(li.children)),
      };
    case 'table':
      return {
        kind: 'table',
        header: block.header === true,
        rows: block.children.map((row) => row.children.map((cell) => runs(cell.children))),
      };
  }
}

/** "Label: value" with the label in bold. */
function labelled(label: string, value: string, role: 'meta' | 'body' = 'meta'): ItemContentBlock {
  return {
    kind: 'paragraph',
    role,
    runs: [{ text: `${label}: `, bold: true }, { text: value }],
  };
}

function plain(text: string, role: 'body' | 'note' | 'intro' = 'body'): ItemContentBlock {
  return { kind: 'paragraph', role, runs: [{ text }] };
}

function decisionBlock(
  variant: DecisionBlock['variant'],
  heading: string,
  d: Decision,
): DecisionBlock {
  return { kind: 'decision', variant, heading, intro: d.intro, attSatser: d.attSatser };
}

function voteBlocks(protocol: Protocol, item: Item): ItemContentBlock[] {
  const { labels } = protocol;
  const out: ItemContentBlock[] = [];
  const choices = [
    ['ja', labels.voteYes],
    ['nej', labels.voteNo],
    ['avstar', labels.voteAbstain],
  ] as const;
  item.votes.forEach((vote, v) => {
    const numbered = item.votes.length > 1 ? `${labels.vote} ${v + 1}` : labels.vote;
    out.push({
      kind: 'heading',
      level: 2,
      text: vote.title ? `${numbered}: ${vote.title}` : numbered,
    });
    if (vote.question) out.push(plain(vote.question));
    for (const [choice, label] of choices) {
      const ids = vote.ballots.filter((b) => b.choice === choice).map((b) => b.personId);
      if (ids.length > 0)
        out.push(labelled(`${label} (${ids.length})`, namesOf(protocol, ids), 'body'));
    }
    if (vote.ballots.length === 0 && vote.counts) {
      const c = vote.counts;
      const text = `${labels.voteYes} ${c.ja}, ${labels.voteNo} ${c.nej}, ${labels.voteAbstain} ${c.avstar}`;
      out.push(plain(text));
    }
    if (vote.result) out.push(labelled(labels.voteResult, vote.result, 'body'));
  });
  return out;
}

/**
 * Who does not take part or steps in, at the top of the item as protokoll print it:
 * "Linda Frohm (M) anmäler jäv och deltar inte i handläggningen", and an ersättare who starts
 * serving for a member in this item: "Per Olsson (S) tjänstgör för Linda Frohm (M)".
 */
function participationNotes(
  protocol: Protocol,
  row: ItemParticipation | undefined,
  previous: ItemParticipation | undefined,
): ItemContentBlock[] {
  if (!row) return [];
  const { labels } = protocol;
  const byId = new Map(protocol.attendance.people.map((p) => [p.id, p]));
  const out: ItemContentBlock[] = [];
  for (const id of row.jav) {
    const person = byId.get(id);
    if (person)
      out.push(plain(fillLabel(labels.javDeclared, { name: nameWithParty(person) }), 'note'));
  }
  for (const seat of row.serving) {
    if (seat.forId === undefined) continue;
    const before = previous?.serving.some(
      (s) => s.personId === seat.personId && s.forId === seat.forId,
    );
    const person = byId.get(seat.personId);
    const member = byId.get(seat.forId);
    if (before || !person || !member) continue;
    // Substitutions for the whole meeting are printed in the attendance, not under each item.
    if (!previous && !row.jav.includes(member.id)) continue;
    out.push(
      plain(
        fillLabel(labels.substituteServes, {
          name: nameWithParty(person),
          member: nameWithParty(member),
        }),
        'note',
      ),
    );
  }
  return out;
}

function afterDecisionBlocks(protocol: Protocol, item: Item): ItemContentBlock[] {
  const { labels } = protocol;
  const out: ItemContentBlock[] = [];
  for (const r of item.reservations) {
    const who = namesOf(protocol, r.personIds);
    const text = [who, r.reason].filter(Boolean).join(': ');
    out.push(
      labelled(
        labels.reservation,
        r.written ? `${text} (${labels.reservationWritten})` : text,
        'body',
      ),
    );
  }
  for (const n of item.notes) {
    out.push(labelled(labels.protocolNote, [n.by, n.text].filter(Boolean).join(': '), 'body'));
  }
  if (item.immediateAdjustment) out.push(plain(labels.immediateAdjustment, 'note'));
  if (item.appendices.length > 0) {
    out.push({ kind: 'heading', level: 2, text: labels.appendices });
    out.push({
      kind: 'list',
      ordered: false,
      items: item.appendices.map((a) => [{ text: a.title }]),
    });
  }
  if (item.distribution.length > 0) {
    out.push({ kind: 'heading', level: 2, text: labels.distribution });
    out.push({ kind: 'list', ordered: false, items: item.distribution.map((d) => [{ text: d }]) });
  }
  return out;
}

/**
 * One § item with everything Kommunallagen 5:67 asks for, in the customary order. `rows` are the
 * items' participation (servingByItem), passed in so a whole document derives them once.
 */
export function itemBlock(
  protocol: Protocol,
  item: Item,
  number: string,
  rows: readonly ItemParticipation[] = servingByItem(protocol),
): ItemBlock {
  const { labels } = protocol;
  const blocks: ItemContentBlock[] = [];
  const index = protocol.items.findIndex((i) => i.id === item.id);
  blocks.push(...participationNotes(protocol, rows[index], rows[index - 1]));
  if (item.dnr) blocks.push(labelled(labels.dnr, item.dnr));
  if (item.timeSlot) blocks.push(labelled(labels.timeSlot, item.timeSlot));
  if (item.presenters.length > 0)
    blocks.push(labelled(labels.presenters, item.presenters.join(', ')));
  if (item.documents.length > 0) blocks.push(labelled(labels.documents, item.documents.join('; ')));
  blocks.push(...item.body.map(bodyBlock));
  if (item.proposal) blocks.push(decisionBlock('proposal', labels.proposal, item.proposal));
  const motions = item.motions;
  if (motions.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: labels.motions });
    for (const m of motions) {
      const text = m.withdrawn ? `${m.text} (${labels.motionWithdrawn})` : m.text;
      blocks.push(m.by ? labelled(m.by, text, 'body') : plain(text));
    }
  }
  if (item.propositionOrder) {
    blocks.push({ kind: 'heading', level: 2, text: labels.propositionOrder });
    blocks.push(plain(item.propositionOrder));
  }
  blocks.push(...voteBlocks(protocol, item));
  if (item.decision) blocks.push(decisionBlock('decision', labels.decision, item.decision));
  blocks.push(...afterDecisionBlocks(protocol, item));
  return {
    kind: 'item',
    id: item.id,
    number,
    title: item.title,
    ...(protocol.meeting.numbering.style === 'plain' ? { numberInline: true } : {}),
    newPage: protocol.layout.itemOnNewPage,
    blocks,
  };
}
