import type { Decision, Item, Protocol, RichBlock, TextLeaf } from '../protocol';
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

function bodyBlock(block: RichBlock): ItemContentBlock {
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
  const vote = item.vote;
  if (!vote) return [];
  const out: ItemContentBlock[] = [{ kind: 'heading', level: 2, text: labels.vote }];
  if (vote.question) out.push(plain(vote.question));
  const choices = [
    ['ja', labels.voteYes],
    ['nej', labels.voteNo],
    ['avstar', labels.voteAbstain],
  ] as const;
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
  if (item.javPersonIds.length > 0) {
    out.push(labelled(labels.jav, namesOf(protocol, item.javPersonIds), 'body'));
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

/** One § item with everything Kommunallagen 5:67 asks for, in the customary order. */
export function itemBlock(protocol: Protocol, item: Item, number: string): ItemBlock {
  const { labels } = protocol;
  const blocks: ItemContentBlock[] = [];
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
