import { brandingHeader } from './brandingHeader';
import type { Protocol } from '../protocol';
import { numberItems } from '../protocol/numbering';
import { servingByItem } from '../protocol/participation';
import { correctedNote, correctionBlocks } from './correctionBlocks';
import { fillLabel, pageNumberParts } from './fillLabel';
import {
  attendanceBlocks,
  meetingFacts,
  noticeBlock,
  signatureBlock,
  titleBlock,
} from './frontMatter';
import { addedAtMeetingNote, protocolAgendaBlock } from './documents/sentAgendaBlocks';
import { itemBlock } from './itemBlocks';
import { participationAppendix } from './participationAppendix';
import type { DocumentInfo, PageFurniture, PrintBlock, PrintDocument } from './printDocument';
import { webPlaceholderText, webVersion, type PrintAudience } from './webVersion';

export interface PrintModelOptions {
  /** 'web': the web publication version (withheld items and personnummer removed). */
  audience?: PrintAudience;
}

/** "Protokoll – Kommunstyrelsen – 2020-12-16", the PDF title and DOCX title. */
export function documentTitle(protocol: Protocol): string {
  const { meeting } = protocol;
  return [meeting.documentKind, meeting.body, meeting.date].filter(Boolean).join(' – ');
}

function documentInfo(protocol: Protocol): DocumentInfo {
  const { meeting } = protocol;
  const secretary = protocol.attendance.people.find(
    (p) => p.id === protocol.signatures.secretaryId,
  );
  return {
    title: documentTitle(protocol),
    author: secretary?.name ?? meeting.body,
    subject: [meeting.documentKind, meeting.body, meeting.date].filter(Boolean).join(' '),
    keywords: [meeting.documentKind, meeting.body, meeting.date, meeting.dnr].filter(Boolean),
    language: meeting.language,
  };
}

function furniture(protocol: Protocol): PageFurniture {
  const { labels, meeting, layout } = protocol;
  const header = {
    ...brandingHeader(protocol),
    documentKind: labels.documentKind || meeting.documentKind,
    organ: fillLabel(meeting.body, {}),
    dateLabel: labels.meetingDate,
    date: meeting.date,
    pageNumber: pageNumberParts(labels.pageNumber),
    ...(meeting.dnr.trim() ? { dnr: `${labels.dnr} ${meeting.dnr.trim()}` } : {}),
    ...(protocol.status === 'utkast' ? { mark: labels.draftMark } : {}),
  };
  return {
    header,
    ...(layout.firstPageHeaderDifferent ? { firstPageHeader: header } : {}),
    footerBoxes: layout.footerBoxes
      ? [labels.footerAdjusterSignature, labels.footerExtractCertification]
      : [],
  };
}

/**
 * Protocol → print model. The template's layout (copied into the protocol) decides where the
 * attendance, the signatures and the agenda go and whether each item starts a page.
 */
export function buildPrintModel(
  protocol: Protocol,
  options: PrintModelOptions = {},
): PrintDocument {
  const { layout } = protocol;
  const blocks: PrintBlock[] = [];
  const furnished = furniture(protocol);
  if (furnished.firstPageHeader) {
    blocks.push(titleBlock(protocol, furnished.firstPageHeader.documentKind));
  }
  const facts = meetingFacts(protocol, furnished.firstPageHeader !== undefined);
  if (facts) blocks.push(facts);
  blocks.push(...attendanceBlocks(protocol));
  if (layout.signaturePlacement === 'first-page') blocks.push(signatureBlock(protocol));
  const firstPageOnItsOwn = layout.attendancePlacement === 'first-page';
  const showAgenda = layout.showAgenda || protocol.sentAgenda !== undefined;
  if (showAgenda && protocol.items.length > 0) {
    if (firstPageOnItsOwn) blocks.push({ kind: 'pageBreak' });
    blocks.push(protocolAgendaBlock(protocol));
  }
  const numbers = numberItems(
    protocol.items,
    protocol.meeting.numbering,
    protocol.labels.paragraphSign,
  );
  const rows = servingByItem(protocol);
  protocol.items.forEach((item, i) => {
    const block = itemBlock(protocol, item, numbers[i]!.label, rows);
    block.blocks.unshift(
      ...correctedNote(protocol, item.id),
      ...addedAtMeetingNote(protocol, item.id),
    );
    // The first item after a first page of its own starts a page even without itemOnNewPage.
    if (i === 0 && firstPageOnItsOwn && !showAgenda) block.newPage = true;
    blocks.push(block);
  });
  if (layout.signaturePlacement === 'last-page') blocks.push(signatureBlock(protocol));
  if (layout.showNotice) blocks.push(noticeBlock(protocol));
  if (protocol.meeting.participationAppendix) {
    blocks.push(...participationAppendix(protocol, rows));
  }
  const numberOf = new Map(protocol.items.map((item, i) => [item.id, numbers[i]!.label]));
  // The web version must not publish what was corrected in an item it withholds.
  const withheld =
    options.audience === 'web'
      ? (id: string) => {
          const item = protocol.items.find((i) => i.id === id);
          return item?.notForWeb ? webPlaceholderText(protocol, item.notForWebReason) : undefined;
        }
      : undefined;
  blocks.push(...correctionBlocks(protocol, numberOf, withheld));
  const doc = { info: documentInfo(protocol), furniture: furnished, blocks };
  return options.audience === 'web' ? webVersion(protocol, doc) : doc;
}
