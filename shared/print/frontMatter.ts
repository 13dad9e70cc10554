import type { Person, Protocol } from '../protocol';
import { servingByItem } from '../protocol/participation';
import { itemRangeText, numberItems } from '../protocol/numbering';
import { fillLabel } from './fillLabel';
import { attendanceRow, personById } from './personLines';
import type {
  AgendaBlock,
  AttendanceBlock,
  FactsBlock,
  NoticeBlock,
  SignatureBlock,
  Signer,
  TitleBlock,
} from './printDocument';

function placeAndTime(protocol: Protocol): FactsBlock['rows'] {
  const { meeting, labels } = protocol;
  const rows: FactsBlock['rows'] = [];
  if (meeting.place) rows.push({ label: labels.place, value: meeting.place });
  const time = [meeting.startTime, meeting.endTime].filter(Boolean).join('–');
  if (time) rows.push({ label: labels.time, value: time });
  return rows;
}

/** Page 1's title block: document kind, organ, and date, place and time under their labels. */
export function titleBlock(protocol: Protocol, documentKind: string): TitleBlock {
  const { meeting, labels } = protocol;
  return {
    kind: 'title',
    documentKind,
    organ: meeting.body,
    rows: [
      ...(meeting.date ? [{ label: labels.meetingDate, value: meeting.date }] : []),
      ...placeAndTime(protocol),
      ...(meeting.dnr.trim() ? [{ label: labels.dnr, value: meeting.dnr.trim() }] : []),
    ],
  };
}

/**
 * Plats och tid, and the justering, as label/value rows; without place and time when the title
 * block already shows them.
 */
export function meetingFacts(protocol: Protocol, withTitleBlock = false): FactsBlock | undefined {
  const { labels, signatures } = protocol;
  const rows: FactsBlock['rows'] = withTitleBlock ? [] : placeAndTime(protocol);
  const adjustment = [signatures.adjustmentDate, signatures.adjustmentPlace].filter(Boolean);
  if (adjustment.length > 0) {
    rows.push({ label: labels.adjustmentDatePlace, value: adjustment.join(', ') });
  }
  return rows.length > 0 ? { kind: 'facts', rows } : undefined;
}

/**
 * The group a person is printed under: their own, except that an ersättare listed as not serving
 * who served in some item (e.g. for a jävig member) is printed among the serving ersättare.
 */
function printedGroups(protocol: Protocol): (person: Person) => string {
  const serving = protocol.attendance.groups.find((g) => g.kind === 'tjanstgorande-ersattare');
  const notServing = new Set(
    protocol.attendance.groups
      .filter((g) => g.kind === 'ej-tjanstgorande-ersattare')
      .map((g) => g.id),
  );
  const served = new Set(
    servingByItem(protocol).flatMap((row) => row.serving.map((s) => s.personId)),
  );
  return (person) =>
    serving && notServing.has(person.groupId) && served.has(person.id)
      ? serving.id
      : person.groupId;
}

/** One table per attendance group that has people, rows grouped by subgroup in template order. */
export function attendanceBlocks(protocol: Protocol): AttendanceBlock[] {
  const out: AttendanceBlock[] = [];
  const groupOf = printedGroups(protocol);
  for (const group of protocol.attendance.groups) {
    const people = protocol.attendance.people.filter((p) => groupOf(p) === group.id);
    if (people.length === 0) continue;
    const order = [
      undefined,
      ...group.subgroups,
      ...new Set(
        people
          .filter((p) => p.groupId === group.id)
          .map((p) => p.subgroup)
          .filter((s) => s && !group.subgroups.includes(s)),
      ),
    ];
    const sections: AttendanceBlock['sections'] = [];
    for (const sub of order) {
      const members = people.filter(
        (p) => (p.groupId === group.id ? p.subgroup || undefined : undefined) === sub,
      );
      if (members.length === 0) continue;
      sections.push({
        ...(sub ? { subheading: sub } : {}),
        rows: members.map((p) => attendanceRow(protocol, p)),
      });
    }
    out.push({ kind: 'attendance', heading: group.label, sections });
  }
  return out;
}

/** Underskrifter: secretary, chair and each justerare with the § range they sign. */
export function signatureBlock(protocol: Protocol): SignatureBlock {
  const { labels, signatures } = protocol;
  const signers: Signer[] = [];
  const secretary = personById(protocol, signatures.secretaryId);
  const chair = personById(protocol, signatures.chairId);
  if (secretary) signers.push({ role: labels.secretary, name: secretary.name, range: '' });
  if (chair) signers.push({ role: labels.chair, name: chair.name, range: '' });
  for (const a of signatures.adjusters) {
    const person = personById(protocol, a.personId);
    if (!person) continue;
    signers.push({
      role: labels.adjuster,
      name: person.name,
      range: itemRangeText(protocol, a.fromItemId, a.toItemId),
    });
  }
  return {
    kind: 'signatures',
    heading: labels.signaturesHeading,
    range: itemRangeText(protocol),
    signers,
  };
}

/** Utsänd dagordning: number, time slot and title, documents and presenters per item. */
export function agendaBlock(protocol: Protocol): AgendaBlock {
  const { labels } = protocol;
  const numbers = numberItems(protocol.items, protocol.meeting.numbering, labels.paragraphSign);
  return {
    kind: 'agenda',
    heading: labels.agendaHeading,
    entries: protocol.items.map((item, i) => {
      const details: string[] = [];
      if (item.documents.length > 0)
        details.push(`${labels.documents}: ${item.documents.join('; ')}`);
      if (item.presenters.length > 0) {
        details.push(`${labels.presenters} ${item.presenters.join(', ')}`);
      }
      return {
        number: numbers[i]!.label,
        title: item.title,
        ...(item.timeSlot ? { time: item.timeSlot } : {}),
        details,
      };
    }),
  };
}

/** What the anslagsbevis may claim: justerat only once it is, announced only once posted. */
function noticeSentence(protocol: Protocol): string {
  const { labels, status, notice } = protocol;
  if (status === 'utkast') return labels.noticeNotAdjusted;
  if (status === 'publicerat' || notice.postedDate !== '') return labels.noticeBody;
  return labels.noticeAdjustedNotPosted;
}

/** The anslagsbevis: body, meeting date, posted and removal dates, storage, who certifies. */
export function noticeBlock(protocol: Protocol): NoticeBlock {
  const { labels, notice, meeting } = protocol;
  return {
    kind: 'notice',
    heading: labels.noticeHeading,
    body: fillLabel(noticeSentence(protocol), { organ: meeting.body }),
    rows: [
      { label: labels.meetingDate, value: meeting.date },
      { label: labels.noticePosted, value: notice.postedDate },
      { label: labels.noticeRemoved, value: notice.removalDate },
      { label: labels.noticeStorage, value: notice.storageLocation },
      { label: labels.noticeCertifiedBy, value: notice.certifiedBy },
    ],
  };
}
