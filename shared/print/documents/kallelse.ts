import type { Item, Protocol } from '../../protocol';
import { numberItems } from '../../protocol/numbering';
import { fillLabel } from '../fillLabel';
import type { ItemBlock, ItemContentBlock, PrintBlock, PrintDocument } from '../printDocument';
import { webVersion } from '../webVersion';
import { kindFurniture, kindInfo } from './documentFurniture';
import { bodyBlock } from '../itemBlocks';

function labelled(label: string, value: string): ItemContentBlock {
  return {
    kind: 'paragraph',
    role: 'meta',
    runs: [{ text: `${label}: `, bold: true }, { text: value }],
  };
}

/** One agenda item as the kallelse prints it: föredragande, handlingar and förslag till beslut. */
function kallelseItem(protocol: Protocol, item: Item, number: string): ItemBlock {
  const { labels } = protocol;
  const blocks: ItemContentBlock[] = [];
  if (item.dnr) blocks.push(labelled(labels.dnr, item.dnr));
  if (item.timeSlot) blocks.push(labelled(labels.timeSlot, item.timeSlot));
  if (item.presenters.length > 0)
    blocks.push(labelled(labels.presenters, item.presenters.join(', ')));
  blocks.push(...item.body.map(bodyBlock));
  if (item.documents.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: labels.documents });
    blocks.push({ kind: 'list', ordered: false, items: item.documents.map((d) => [{ text: d }]) });
  }
  if (item.proposal) {
    blocks.push({
      kind: 'decision',
      variant: 'proposal',
      heading: labels.proposal,
      intro: item.proposal.intro,
      attSatser: item.proposal.attSatser,
    });
  }
  return {
    kind: 'item',
    id: item.id,
    number,
    title: item.title,
    ...(protocol.meeting.numbering.style === 'plain' ? { numberInline: true } : {}),
    newPage: false,
    blocks,
  };
}

/**
 * The kallelse (föredragningslista): who is called, when and where, and each item with its
 * föredragande, handlingar and förslag till beslut. Made from the same file as the protokoll.
 */
export function buildKallelse(protocol: Protocol): PrintDocument {
  const { labels, meeting } = protocol;
  const kind = labels.kallelseKind;
  const numbers = numberItems(protocol.items, meeting.numbering, labels.paragraphSign);
  const facts = [
    ...(meeting.date ? [{ label: labels.meetingDate, value: meeting.date }] : []),
    ...(meeting.startTime ? [{ label: labels.time, value: meeting.startTime }] : []),
    ...(meeting.place ? [{ label: labels.place, value: meeting.place }] : []),
  ];
  const blocks: PrintBlock[] = [
    { kind: 'title', documentKind: kind, organ: meeting.body, rows: facts },
    {
      kind: 'paragraph',
      role: 'body',
      runs: [{ text: fillLabel(labels.kallelseIntro, { organ: meeting.body }) }],
    },
    { kind: 'heading', level: 1, text: labels.kallelseAgendaHeading },
    ...protocol.items.map((item, i) => kallelseItem(protocol, item, numbers[i]!.label)),
  ];
  const furniture = kindFurniture(protocol, kind);
  // Page 1 opens with the title block, so its header shows only the page number.
  return {
    info: kindInfo(protocol, kind),
    furniture: { ...furniture, firstPageHeader: furniture.header },
    blocks,
  };
}

/** The kallelse for the web: withheld items become a placeholder, personnummer are masked. */
export function buildKallelseWeb(protocol: Protocol): PrintDocument {
  return webVersion(protocol, buildKallelse(protocol));
}
