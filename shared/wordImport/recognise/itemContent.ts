import type { Decision, Item } from '../../protocol/item';
import type { ListItem, RichBlock, TextLeaf } from '../../protocol/richText';
import type { ImportReport } from '../importReport';
import { listItemOf, oneLine, paragraphsOf } from '../editorBlocks';
import { tableBlocks } from '../tableBlocks';
import type { WordTable } from '../wordBlock';
import type { TextLine } from './lines';
import { isOrganisationName } from './personLine';
import { ITEM_SECTIONS, normalise } from './vocabulary';
import { addVoteLine, newVote, voteHeading } from './voteLines';

type Section = keyof typeof ITEM_SECTIONS | 'body' | 'vote';

/** An item being filled from the lines under its heading. */
export interface ItemDraft {
  item: Item;
  /** As printed, for the report: "§ 46", "3.". */
  label: string;
  section: Section;
  awaitingTitle: boolean;
}

/** Finds the people a line names (reservations); ids in order of mention. */
export type PeopleFinder = (text: string) => string[];

const LABELLED = /^([^:\n]{1,60}):\s*([\s\S]*)$/;
const ATT = /^att\b/i;
const WITHDRAWN = /\s*\((återtaget|återtagen|withdrawn)\)\s*$/i;
const WRITTEN = /\s*\((skriftlig reservation[^)]*|written[^)]*)\)\s*$/i;

function sectionOf(key: string): Section | undefined {
  for (const [name, words] of Object.entries(ITEM_SECTIONS)) {
    if (words.has(key)) return name as Section;
  }
  if (/^(omröstning|votering|vote)\b/.test(key)) return 'vote';
  return undefined;
}

function leaves(line: TextLine): TextLeaf[] {
  const out = line.runs
    .filter((r) => r.text !== '')
    .map((r) => ({
      text: r.text,
      ...(r.bold ? { bold: true as const } : {}),
      ...(r.italic ? { italic: true as const } : {}),
      ...(r.underline ? { underline: true as const } : {}),
    }));
  return out.length > 0 ? out : [{ text: line.text }];
}

/** Adds a body block, joining list paragraphs of one kind into one list. */
export function addBodyBlock(item: Item, block: RichBlock): void {
  item.body.push(block);
}

function addBody(item: Item, line: TextLine): void {
  if (line.list) {
    const type = line.list === 'bullet' ? 'bulleted-list' : 'numbered-list';
    const last = item.body.at(-1);
    const li: ListItem = listItemOf(leaves(line));
    if (last && last.type === type) last.children.push(li);
    else item.body.push({ type, children: [li] });
    return;
  }
  if (line.styled || (line.heading && line.text.length <= 120)) {
    item.body.push({ type: 'heading', children: [{ text: oneLine(line.text).trim() }] });
    return;
  }
  item.body.push(...paragraphsOf(leaves(line)));
}

function addDecisionLine(d: Decision, line: TextLine): boolean {
  const text = line.text.replace(/\s+/g, ' ').trim();
  if (ATT.test(text) || line.list) {
    if (text.length > 10_000) return false;
    d.attSatser.push(text);
    return true;
  }
  // "Nämnden beslutar att …" on one line: the intro and the first att-sats.
  const joined = /^(.{3,300}?\bbeslutar)\s+(att\b[\s\S]*)$/i.exec(text);
  if (joined && d.attSatser.length === 0 && d.intro === '' && joined[2]!.length <= 10_000) {
    d.intro = joined[1]!;
    d.attSatser.push(joined[2]!);
    return true;
  }
  if (d.attSatser.length === 0 && d.intro === '' && text.length <= 2000) {
    d.intro = text;
    return true;
  }
  return false;
}

function splitList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * "Anders Blomqvist, Region Norrbotten, Eva Lakso, socialchef och Anna Berg": presenters as
 * printed, each with the title or organisation that follows the name.
 */
function presenterList(text: string): string[] {
  const out: string[] = [];
  for (const part of splitList(text, /,\s*|\s+och\s+/)) {
    // A title ("socialchef") or an organisation belongs to the name before it.
    const belongs = /^\p{Ll}/u.test(part) || isOrganisationName(part);
    if (out.length > 0 && belongs) out[out.length - 1] += `, ${part}`;
    else out.push(part);
  }
  return out;
}

function addReservation(d: ItemDraft, text: string, findPeople: PeopleFinder): boolean {
  const personIds = findPeople(text);
  if (personIds.length === 0) return false;
  const written = WRITTEN.test(text) || /skriftlig/i.test(text);
  const withoutWritten = text.replace(WRITTEN, '');
  const colon = withoutWritten.indexOf(': ');
  const reason = colon >= 0 ? withoutWritten.slice(colon + 2).trim() : '';
  d.item.reservations.push({ personIds, reason: reason.slice(0, 10_000), written });
  return true;
}

function addValue(
  d: ItemDraft,
  section: Section,
  value: string,
  line: TextLine,
  findPeople: PeopleFinder,
  report: ImportReport,
): boolean {
  const item = d.item;
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text) return true;
  switch (section) {
    case 'decision':
    case 'proposal': {
      const d2 = (item[section] ??= { intro: '', attSatser: [] });
      return addDecisionLine(d2, { ...line, text });
    }
    case 'motions': {
      const m = LABELLED.exec(text);
      const body = m ? m[2]! : text;
      item.motions.push({
        by: m ? m[1]!.trim().slice(0, 500) : '',
        text: body.replace(WITHDRAWN, '').slice(0, 10_000),
        withdrawn: WITHDRAWN.test(body),
      });
      return true;
    }
    case 'propositionOrder':
      item.propositionOrder = [item.propositionOrder, text]
        .filter(Boolean)
        .join('\n')
        .slice(0, 5000);
      return true;
    case 'reservation':
      if (addReservation(d, text, findPeople)) return true;
      report.unrecognised.push({
        sv: `Reservationen i ${d.label} nämner ingen känd person och behölls som text.`,
        en: `The reservation in ${d.label} names no known person; kept as text.`,
      });
      return false;
    case 'note': {
      const m = LABELLED.exec(text);
      item.notes.push({ by: m ? m[1]!.trim() : '', text: (m ? m[2]! : text).slice(0, 10_000) });
      return true;
    }
    case 'appendices':
      item.appendices.push({
        id: `${item.id}-bilaga-${item.appendices.length + 1}`,
        title: text.slice(0, 500),
      });
      return true;
    case 'distribution':
      item.distribution.push(
        ...splitList(text, line.list ? /\n/ : /\n/).map((s) => s.slice(0, 300)),
      );
      return true;
    case 'presenters':
      item.presenters.push(...presenterList(text).map((s) => s.slice(0, 300)));
      return true;
    case 'documents':
      item.documents.push(...splitList(text, /;\s*/).map((s) => s.slice(0, 500)));
      return true;
    case 'dnr':
      if (text.length > 100) return false;
      item.dnr = text;
      return true;
    case 'timeSlot':
      if (text.length > 50) return false;
      item.timeSlot = text;
      return true;
    case 'immediate':
      item.immediateAdjustment = true;
      return true;
    default:
      return false;
  }
}

/** One line under an item heading: a part of the item when recognised, body text otherwise. */
export function addItemLine(
  d: ItemDraft,
  line: TextLine,
  findPeople: PeopleFinder,
  report: ImportReport,
): void {
  const text = line.text.trim();
  if (d.awaitingTitle) {
    d.item.title = text.replace(/\s+/g, ' ').slice(0, 500);
    d.awaitingTitle = false;
    return;
  }
  const key = normalise(text);
  const whole = sectionOf(key);
  if (whole !== undefined && whole !== 'dnr' && whole !== 'timeSlot') {
    if (whole === 'immediate') d.item.immediateAdjustment = true;
    else if (whole === 'vote') {
      const heading = voteHeading(text);
      if (heading && d.item.votes.length < 50) {
        d.section = 'vote';
        d.item.votes.push(newVote(heading.title));
      } else {
        d.section = 'body';
        addBody(d.item, line);
      }
    } else {
      d.section = whole;
      if (whole === 'decision' || whole === 'proposal')
        d.item[whole] ??= { intro: '', attSatser: [] };
    }
    return;
  }
  const labelled = LABELLED.exec(text);
  if (labelled) {
    const section = sectionOf(normalise(labelled[1]!));
    if (section !== undefined && section !== 'vote' && section !== 'immediate') {
      if (addValue(d, section, labelled[2]!, line, findPeople, report)) {
        if (
          section !== 'dnr' &&
          section !== 'timeSlot' &&
          section !== 'presenters' &&
          section !== 'documents'
        ) {
          d.section = section;
        }
        return;
      }
    }
  }
  if (d.section === 'vote') {
    const vote = d.item.votes.at(-1)!;
    if (!line.heading && addVoteLine(vote, text, findPeople)) return;
    d.section = 'body';
  }
  if (d.section !== 'body') {
    if (line.heading && !line.list && !ATT.test(text)) d.section = 'body';
    else if (addValue(d, d.section, text, line, findPeople, report)) return;
    else d.section = 'body';
  }
  addBody(d.item, line);
}

/** A table under an item: a table of the editor, every cell kept. */
export function addItemTable(d: ItemDraft, table: WordTable): void {
  d.item.body.push(...tableBlocks(table));
}
