import type { AttendanceGroup } from '../../protocol/attendance';
import { newItem } from '../../protocol/item';
import { MAX_PROTOCOL_ITEMS, type Protocol } from '../../protocol/protocol';
import type { RichBlock } from '../../protocol/richText';
import { createProtocolFromTemplate } from '../../template/newProtocol';
import { emptyReport, type ImportReport } from '../importReport';
import { paragraphsOf } from '../editorBlocks';
import { tableRowBlocks } from '../tableBlocks';
import type { WordBlock, WordImage, WordTable } from '../wordBlock';
import { AttendanceBook } from './attendanceBook';
import { addItemLine, addItemTable, type ItemDraft } from './itemContent';
import { itemNumberOf, type ItemHeading } from './itemHeading';
import { linearise, type Line, type TextLine } from './lines';
import { fillFromPageHeaders } from './headerFields';
import { assembleProtocol, type PartialAttendance } from './assembleProtocol';
import { javDeclaration } from './javDeclaration';
import { wordImportError } from '../wordImportError';
import { fieldOf, setMeetingField, type Adjustment, type Field } from './meetingFieldReader';
import { NoticeReader } from './noticeReader';
import { isOrganisationName, parsePersonLine } from './personLine';
import { SignatureReader } from './signatureReader';
import { chooseTemplate } from './templateChoice';
import {
  AGENDA_HEADINGS,
  FIELD_LABELS,
  groupKindOf,
  normalise,
  NOTICE_HEADINGS,
  SIGNATURE_HEADINGS,
} from './vocabulary';

type Mode = 'front' | 'group' | 'signatures' | 'agenda' | 'notice' | 'item';

export interface RecogniseOptions {
  id: string;
  now: Date;
  /** The page headers' blocks: organ and date when the body does not give them. */
  headers?: readonly WordBlock[];
}

const headingKey = (text: string) => normalise(text).replace(/\s*(§.*|\d.*)$/, '');

function imagesIn(table: WordTable): WordImage[] {
  return table.rows.flatMap((row) =>
    row.flatMap((cell) =>
      cell.blocks.flatMap((b) =>
        b.kind === 'image' ? [b] : b.kind === 'table' ? imagesIn(b) : [],
      ),
    ),
  );
}

function itemLabel(h: ItemHeading): string {
  const core = h.letter ? `${h.number} ${h.letter}` : `${h.number}`;
  return h.style === 'paragraph' ? `§ ${core}` : `${core}.`;
}

/**
 * Turns the blocks of a Word protokoll into a new draft and a report of what was recognised.
 * Nothing is dropped: text that fits no field is kept in the nearest item (before the first item:
 * in the first item), images are listed in the report with where they were.
 */
export function recogniseProtocol(
  blocks: readonly WordBlock[],
  options: RecogniseOptions,
): { protocol: Protocol; report: ImportReport } {
  const first = recogniseOnce(blocks, options, true);
  // An agenda that never ended would swallow the document: read it again as ordinary text.
  return first.agendaOpen ? recogniseOnce(blocks, options, false) : first;
}

function recogniseOnce(
  blocks: readonly WordBlock[],
  options: RecogniseOptions,
  allowAgenda: boolean,
): { protocol: Protocol; report: ImportReport; agendaOpen: boolean } {
  const report = emptyReport();
  const lines = linearise(blocks);
  const plain = !lines.some((l) => l.kind === 'text' && itemNumberOf(l.text) !== undefined);
  const template = chooseTemplate(lines, plain);
  const base = createProtocolFromTemplate(template, { id: options.id, now: options.now });
  const meeting = base.meeting;
  const groups: AttendanceGroup[] = base.attendance.groups;
  const book = new AttendanceBook(groups);
  const items: ItemDraft[] = [];
  const headings: ItemHeading[] = [];
  const preamble: RichBlock[] = [];
  const agenda = new Map<string, ItemHeading>();
  const agendaKey = (h: ItemHeading) => `${h.number} ${h.letter}`;
  const notice = { ...base.notice };
  const adjustment: Adjustment = { date: '', place: '' };
  let mode: Mode = 'front';
  let pendingField: Field | undefined;
  let group: AttendanceGroup | undefined;
  let subgroup: string | undefined;
  let sawKind = false;
  let agendaOpen = false;
  let continued = '';
  /** Attendance details ("§ 46-52", "ej § 7 a") read once the items are known. */
  const partial: PartialAttendance[] = [];

  const keepAsText = (text: string) => {
    const blocks = paragraphsOf([{ text }]);
    if (items.length > 0) items.at(-1)!.item.body.push(...blocks);
    else preamble.push(...blocks);
  };
  const signatures = new SignatureReader(book, report, keepAsText);
  const unrecognisedText = (text: string) => {
    keepAsText(text);
    const where = items.length > 0 ? items.at(-1)!.label : 'första paragrafen';
    report.unrecognised.push({
      sv: `”${text.slice(0, 80)}” känns inte igen och behölls som text i ${where}.`,
      en: `"${text.slice(0, 80)}" was not recognised; kept as text in ${items.length > 0 ? items.at(-1)!.label : 'the first item'}.`,
    });
  };

  const setField = (field: Field, value: string) =>
    setMeetingField(meeting, adjustment, report, field, value);

  const noticeReader = new NoticeReader(notice, base.labels);

  /** "Linda Frohm (M) anmäler jäv …" under an item: she takes no part in it. */
  const javLine = (text: string): boolean => {
    const name = javDeclaration(text, base.labels.javDeclared);
    const person = name === undefined ? undefined : book.find(name);
    if (!person) return false;
    const d = items.at(-1)!;
    book.events.push({ type: 'absent', personId: person.id, itemId: d.item.id, jav: true });
    report.recognised.push({
      sv: `Jäv: ${person.name} i ${d.label}`,
      en: `Disqualified: ${person.name} in ${d.label}`,
    });
    return true;
  };

  const startItem = (h: ItemHeading) => {
    // Refused at the first heading too many, before a hostile file builds a hundred thousand.
    if (items.length >= MAX_PROTOCOL_ITEMS) {
      throw wordImportError(
        'too-much',
        `more than ${MAX_PROTOCOL_ITEMS} items, at ${itemLabel(h)}`,
      );
    }
    signatures.flush();
    const id = `punkt-${items.length + 1}`;
    const previous = headings.at(-1);
    const item = newItem({
      id,
      title: h.title.slice(0, 500),
      body: [],
      inserted: h.letter !== '' && previous !== undefined,
    });
    const label = itemLabel(h);
    items.push({ item, label, section: 'body', awaitingTitle: h.title === '' });
    headings.push(h);
    mode = 'item';
  };

  const acceptsItem = (h: ItemHeading, line: TextLine): boolean => {
    const last = headings.at(-1);
    // "§ 12 Budget" typed as a plain line is a heading; a sentence that starts with § is not.
    const headingLike =
      line.heading ||
      (h.style === 'paragraph' && line.text.length <= 120 && !/[.!?]$/.test(line.text.trim()));
    if (!headingLike && h.title !== '') return false;
    if (!last) return true;
    if (h.number > last.number) return true;
    return h.number === last.number && h.letter > last.letter;
  };

  /** Page furniture a PDF-to-Word conversion leaves in the body: "Sida 2 av 12", the header again. */
  const isFurniture = (text: string): boolean =>
    /^(sida|page)\s+\d+\s+(av|of)\s+\d+$/i.test(text) ||
    (items.length > 0 &&
      (text === meeting.body ||
        text === meeting.date ||
        text === meeting.documentKind ||
        FIELD_LABELS.date.has(normalise(text))));

  const onText = (line: TextLine) => {
    const text = line.text.trim();
    if (!text) return;
    if (isFurniture(text)) return;
    const key = headingKey(text);
    const h = itemNumberOf(text, line.heading);
    if (mode === 'agenda') {
      // Agenda entries carry their titles; a number alone on its line heads an item.
      const heads = h && (agenda.has(agendaKey(h)) || line.styled || h.title === '');
      if (h && heads && acceptsItem(h, line)) {
        startItem(h);
        return;
      }
      if (h) {
        agenda.set(agendaKey(h), h);
        return;
      }
      // Details under agenda entries come again under each item; only a new part ends the agenda.
      const ends =
        SIGNATURE_HEADINGS.has(key) ||
        NOTICE_HEADINGS.has(key) ||
        (line.heading && groupKindOf(text) !== undefined);
      if (!ends) return;
    } else if (h && acceptsItem(h, line) && !(mode === 'item' && items.at(-1)!.awaitingTitle)) {
      startItem(h);
      return;
    }
    if (mode === 'item' && items.at(-1)!.awaitingTitle) {
      addItemLine(items.at(-1)!, line, (t) => book.named(t), report);
      return;
    }
    if (SIGNATURE_HEADINGS.has(key)) {
      signatures.flush();
      mode = 'signatures';
      report.recognised.push({ sv: 'Underskrifter', en: 'Signatures' });
      return;
    }
    if (allowAgenda && AGENDA_HEADINGS.has(key) && mode !== 'item') {
      mode = 'agenda';
      report.recognised.push({ sv: 'Dagordning', en: 'Agenda' });
      return;
    }
    if (NOTICE_HEADINGS.has(key)) {
      mode = 'notice';
      report.recognised.push({ sv: 'Anslagsbevis', en: 'Notice of posting' });
      return;
    }
    const kind = mode !== 'item' && text.length <= 60 ? groupKindOf(text) : undefined;
    if (kind) {
      group = book.group(kind, text);
      subgroup = undefined;
      mode = 'group';
      return;
    }
    if (mode === 'item') {
      if (javLine(text)) return;
      addItemLine(items.at(-1)!, line, (t) => book.named(t), report);
      return;
    }
    if (mode === 'notice') {
      noticeReader.line(text);
      return;
    }
    const field = fieldOf(text);
    if (field) {
      signatures.flush();
      pendingField = field;
      if (mode === 'group') mode = 'front';
      return;
    }
    if (mode === 'signatures' && text.includes(' | ') && signatures.row(text.split(' | '))) return;
    if (mode === 'signatures' && !pendingField && signatures.line(text)) return;
    const inline = /^([^:]{1,40}):\s*(.+)$/s.exec(text);
    const inlineField = inline ? fieldOf(inline[1]!) : undefined;
    if (inline && inlineField && setField(inlineField, inline[2]!)) {
      pendingField = undefined;
      return;
    }
    if (pendingField) {
      const f = pendingField;
      pendingField = undefined;
      if (setField(f, text)) return;
    }
    if (mode === 'group' && group) {
      // A person line Word or a PDF wrapped after a comma continues on the next line.
      if (/,$/.test(text) && text.length <= 300) {
        continued = `${continued}${text} `;
        return;
      }
      const whole = `${continued}${text}`;
      continued = '';
      if (
        !/[(,]/.test(whole) &&
        whole.length <= 100 &&
        (line.heading || isOrganisationName(whole))
      ) {
        subgroup = book.addSubgroup(group, whole);
        return;
      }
      const parsed = parsePersonLine(whole, group.kind, subgroup);
      if (parsed) {
        const person = book.add(parsed, group, subgroup);
        if (parsed.rest)
          partial.push({ personId: person.id, name: parsed.name, rest: parsed.rest });
        return;
      }
    }
    if (!sawKind && /^(protokoll|minutes|mötesprotokoll|styrelseprotokoll)\b/i.test(text)) {
      sawKind = true;
      const rest = text.replace(/^\S+\s*/, '');
      if (rest.length < 2) meeting.documentKind = text.slice(0, 100);
      else if (!meeting.body)
        meeting.body = rest
          .replace(/^(fört|förd|från|vid|för)\s+(vid\s+)?(sammanträde\s+med\s+)?/i, '')
          .slice(0, 300);
      return;
    }
    if (!meeting.body && book.people.length === 0 && text.length <= 300 && !line.list) {
      meeting.body = text.replace(/\s+/g, ' ');
      report.recognised.push({ sv: `Organ: ${meeting.body}`, en: `Body: ${meeting.body}` });
      return;
    }
    unrecognisedText(text);
  };

  /** A picture cannot be imported: the report says which and where. */
  const onImage = (name: string) => {
    const where = items.length > 0 ? items.at(-1)!.label : 'före första paragrafen';
    const whereEn = items.length > 0 ? items.at(-1)!.label : 'before the first item';
    report.unrecognised.push({
      sv: `Bilden${name ? ` ”${name}”` : ''} kunde inte importeras (${where}).`,
      en: `The image${name ? ` "${name}"` : ''} could not be imported (${whereEn}).`,
    });
  };

  const onTable = (line: Extract<Line, { kind: 'table' }>) => {
    // Pictures in a table's cells are reported like any other; the cells' text is kept.
    for (const image of imagesIn(line.table)) onImage(image.name);
    if (mode === 'item') {
      addItemTable(items.at(-1)!, line.table);
      return;
    }
    for (const row of line.table.rows) {
      const cells = row.map((c) => c.text.trim());
      const filled = cells.filter(Boolean);
      if (filled.length === 0) continue;
      if (mode === 'signatures' && signatures.row(cells)) continue;
      if (mode === 'notice') {
        noticeReader.row(filled);
        continue;
      }
      if (mode === 'group' && group) {
        if (
          filled.length === 1 &&
          row.some((c) => c.blocks.some((b) => b.kind === 'paragraph' && b.bold)) &&
          !/[(,]/.test(filled[0]!)
        ) {
          subgroup = book.addSubgroup(group, filled[0]!);
          continue;
        }
        const parsed = parsePersonLine(filled.join(', '), group.kind, subgroup);
        if (parsed) {
          const person = book.add(parsed, group, subgroup);
          if (parsed.rest) {
            partial.push({ personId: person.id, name: parsed.name, rest: parsed.rest });
          }
          continue;
        }
      }
      const field = filled.length === 2 ? fieldOf(filled[0]!) : undefined;
      if (field && setField(field, filled[1]!)) continue;
      for (const block of tableRowBlocks(row)) {
        if (items.length > 0) items.at(-1)!.item.body.push(block);
        else preamble.push(block);
      }
      report.unrecognised.push({
        sv: `En tabellrad behölls som text: ”${filled.join(' | ').slice(0, 80)}”.`,
        en: `A table row was kept as text: "${filled.join(' | ').slice(0, 80)}".`,
      });
    }
  };

  for (const line of lines) {
    if (line.kind === 'image') onImage(line.name);
    else if (line.kind === 'table') onTable(line);
    else onText(line);
  }
  signatures.flush();
  // Set inside the line handlers, which the compiler does not follow.
  if ((mode as Mode) === 'agenda') agendaOpen = true;

  // A document with an agenda but no item text (a kallelse): the agenda becomes the items.
  if (items.length === 0) {
    for (const h of agenda.values()) startItem({ ...h, style: plain ? 'plain' : 'paragraph' });
  }
  if (items.length === 0) {
    startItem({ number: 1, letter: '', title: 'Importerad text', style: 'paragraph' });
    report.unrecognised.push({
      sv: 'Inga paragrafer hittades; all text finns i en punkt ”Importerad text”.',
      en: 'No items were found; all text is in one item "Importerad text".',
    });
  }
  fillFromPageHeaders(meeting, options.headers ?? [], { documentKind: !sawKind }, report);
  const protocol = assembleProtocol({
    base,
    book,
    items,
    headings,
    preamble,
    partial,
    signers: signatures.signers,
    adjustment,
    notice,
    report,
  });
  return { protocol, report, agendaOpen };
}
