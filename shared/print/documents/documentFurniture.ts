import { brandingHeader } from '../brandingHeader';
import type { Protocol } from '../../protocol';
import { fillLabel, pageNumberParts } from '../fillLabel';
import type { DocumentInfo, PageFurniture } from '../printDocument';

/** "Kallelse – Kommunstyrelsen – 2020-12-16": the PDF and DOCX title of a document kind. */
export function kindTitle(protocol: Protocol, documentKind: string): string {
  const { meeting } = protocol;
  return [documentKind, meeting.body, meeting.date].filter(Boolean).join(' – ');
}

/** Document info of a document made beside the protokoll (kallelse, utdrag, anslagsbevis). */
export function kindInfo(protocol: Protocol, documentKind: string, extra = ''): DocumentInfo {
  const { meeting } = protocol;
  const secretary = protocol.attendance.people.find(
    (p) => p.id === protocol.signatures.secretaryId,
  );
  const title = kindTitle(protocol, documentKind);
  return {
    title: extra ? `${title} – ${extra}` : title,
    author: secretary?.name ?? meeting.body,
    subject: [documentKind, meeting.body, meeting.date].filter(Boolean).join(' '),
    keywords: [documentKind, meeting.body, meeting.date, meeting.dnr].filter(Boolean),
    language: meeting.language,
  };
}

/** Every page: the document kind, the body, the meeting date and its own "Sida x av y". */
export function kindFurniture(protocol: Protocol, documentKind: string): PageFurniture {
  const { labels, meeting } = protocol;
  return {
    header: {
      ...brandingHeader(protocol),
      documentKind,
      organ: fillLabel(meeting.body, {}),
      dateLabel: labels.meetingDate,
      date: meeting.date,
      pageNumber: pageNumberParts(labels.pageNumber),
    },
    footerBoxes: [],
  };
}
