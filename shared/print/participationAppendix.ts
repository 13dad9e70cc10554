import type { Protocol } from '../protocol';
import { numberItems } from '../protocol/numbering';
import { presenceOf, servingByItem, type ItemParticipation } from '../protocol/participation';
import { nameWithParty } from '../protocol/personText';
import type { GridBlock } from './printDocument';

/** Item columns per table, so the table fits the page width. */
const COLUMNS_PER_TABLE = 12;

/**
 * The närvaro- och omröstningsbilaga: one row per member or ersättare who served or was jävig
 * somewhere, one column per item. A cell says x (serves), e (serves as ersättare), j (jäv) or –
 * (away), followed by the person's vote in each roll-call vote of the item.
 */
export function participationAppendix(
  protocol: Protocol,
  rows: readonly ItemParticipation[] = servingByItem(protocol),
): GridBlock[] {
  const { labels } = protocol;
  const numbers = numberItems(protocol.items, protocol.meeting.numbering, labels.paragraphSign);
  const voteWord = { ja: labels.voteYes, nej: labels.voteNo, avstar: labels.voteAbstain };
  const involved = new Set(rows.flatMap((r) => [...r.serving.map((s) => s.personId), ...r.jav]));
  const people = protocol.attendance.people.filter((p) => involved.has(p.id));
  const cells = people.map((person) => {
    const presence = presenceOf(protocol, person);
    return protocol.items.map((item, i) => {
      const seat = rows[i]!.serving.find((s) => s.personId === person.id);
      const mark = seat
        ? seat.forId
          ? 'e'
          : 'x'
        : presence[i] === 'jav'
          ? 'j'
          : presence[i] === 'away'
            ? '–'
            : '';
      const votes = item.votes
        .map((v) => v.ballots.find((b) => b.personId === person.id)?.choice)
        .filter((c) => c !== undefined)
        .map((c) => voteWord[c]);
      return [mark, votes.join('/')].filter(Boolean).join(' ');
    });
  });
  const out: GridBlock[] = [];
  for (let from = 0; from < protocol.items.length; from += COLUMNS_PER_TABLE) {
    const to = Math.min(protocol.items.length, from + COLUMNS_PER_TABLE);
    out.push({
      kind: 'grid',
      heading: from === 0 ? labels.participationAppendixHeading : '',
      legend: from === 0 ? labels.participationAppendixLegend : '',
      newPage: from === 0,
      columns: numbers.slice(from, to).map((n) => n.label),
      rows: people.map((p, k) => ({ name: nameWithParty(p), cells: cells[k]!.slice(from, to) })),
    });
  }
  return out;
}
