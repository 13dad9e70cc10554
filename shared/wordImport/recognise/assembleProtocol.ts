import type { Notice } from '../../protocol/signatures';
import { protocolSchema, type Protocol } from '../../protocol/protocol';
import type { RichBlock } from '../../protocol/richText';
import type { ImportReport } from '../importReport';
import { wordImportError } from '../wordImportError';
import type { AttendanceBook } from './attendanceBook';
import type { ItemDraft } from './itemContent';
import type { ItemHeading } from './itemHeading';
import type { Adjustment } from './meetingFieldReader';
import { participationEvents } from './participationText';
import type { Signer } from './signatureReader';

/** An attendance detail ("§ 46-52", "ej § 7 a") waiting for the items it names. */
export interface PartialAttendance {
  personId: string;
  name: string;
  rest: string;
}

/** Everything the line-by-line reading found. */
export interface Recognised {
  /** The template's new draft; its meeting has been filled in. */
  base: Protocol;
  book: AttendanceBook;
  /** At least one item. */
  items: ItemDraft[];
  headings: ItemHeading[];
  /** Text before the first item that fits no field: kept at the top of the first item. */
  preamble: RichBlock[];
  partial: PartialAttendance[];
  signers: Signer[];
  adjustment: Adjustment;
  notice: Notice;
  report: ImportReport;
}

function resolveAttendance(r: Recognised): void {
  const { items, headings, book, report } = r;
  const idOf = (number: number, letter: string) =>
    items[headings.findIndex((h) => h.number === number && h.letter === letter)]?.item.id;
  book.resolveSubstitutions();
  for (const p of r.partial) {
    const substitution = book.events.find(
      (e) => e.type === 'substitutes' && e.personId === p.personId,
    );
    const events = participationEvents(
      p.rest,
      p.personId,
      substitution,
      idOf,
      { first: items[0]!.item.id, last: items.at(-1)!.item.id },
      r.base.labels,
    );
    if (events) {
      book.events.push(...events);
      report.recognised.push({
        sv: `Närvaro: ${p.name} ${p.rest}`,
        en: `Attendance: ${p.name} ${p.rest}`,
      });
    } else {
      r.preamble.push({ type: 'paragraph', children: [{ text: `${p.name} ${p.rest}` }] });
      report.unrecognised.push({
        sv: `Närvaron ”${p.name} ${p.rest}” känns inte igen och behölls som text i första paragrafen.`,
        en: `The attendance "${p.name} ${p.rest}" was not recognised; kept as text in the first item.`,
      });
    }
  }
}

function reportItems(r: Recognised): void {
  const { items, headings, report } = r;
  // The number each heading should have: the first's, counting on for every unlettered one.
  let expected = headings[0]!.number - 1;
  headings.forEach((h, i) => {
    if (h.letter === '') expected++;
    if (h.letter === '' && h.number !== expected) {
      report.unrecognised.push({
        sv: `${items[i]!.label} följer inte i nummerordning och numreras om.`,
        en: `${items[i]!.label} is out of sequence and is renumbered.`,
      });
    }
  });
  for (const d of items) {
    if (!d.item.title) d.item.title = d.label;
    if (!d.item.decision && !d.item.proposal) {
      d.item.kind = d.item.body.length > 0 ? 'information' : 'beslut';
    }
    const atts = d.item.decision?.attSatser.length;
    report.recognised.push({
      sv: `${d.label} ${d.item.title}${atts !== undefined ? ` (beslut, ${atts} att-satser)` : ''}`,
      en: `${d.label} ${d.item.title}${atts !== undefined ? ` (decision, ${atts} att-clauses)` : ''}`,
    });
  }
  report.recognised.push({
    sv: `${r.book.people.length} personer i närvaron`,
    en: `${r.book.people.length} people in the attendance`,
  });
}

/**
 * The new draft: participation resolved against the items, numbering from the first item,
 * signatures by id, validated by the schema. Content no protokoll holds (over 2 000 items) is
 * refused with a ParagrafError rather than a schema error.
 */
export function assembleProtocol(r: Recognised): Protocol {
  resolveAttendance(r);
  r.items[0]!.item.body.unshift(...r.preamble);
  reportItems(r);
  const first = r.headings[0]!;
  const meeting = {
    ...r.base.meeting,
    numbering: { style: first.style, firstNumber: Math.min(100_000, Math.max(1, first.number)) },
  };
  const itemIds = new Map(r.headings.map((h, i) => [h.number, r.items[i]!.item.id]));
  const chair = r.signers.find((s) => s.role === 'chair');
  const secretary = r.signers.find((s) => s.role === 'secretary');
  const parsed = protocolSchema.safeParse({
    ...r.base,
    meeting,
    attendance: { groups: r.book.groups, people: r.book.people, events: r.book.events },
    items: r.items.map((d) => d.item),
    signatures: {
      ...(secretary ? { secretaryId: secretary.personId } : {}),
      ...(chair ? { chairId: chair.personId } : {}),
      adjusters: r.signers
        .filter((s) => s.role === 'adjuster')
        .map((s) => ({
          personId: s.personId,
          ...(s.from !== undefined && itemIds.has(s.from)
            ? { fromItemId: itemIds.get(s.from) }
            : {}),
          ...(s.to !== undefined && itemIds.has(s.to) ? { toItemId: itemIds.get(s.to) } : {}),
        })),
      adjustmentDate: r.adjustment.date,
      adjustmentPlace: r.adjustment.place,
    },
    notice: r.notice,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw wordImportError('too-much', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  return parsed.data;
}
