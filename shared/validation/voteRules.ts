import { presenceOf, servingByItem } from '../protocol/participation';
import type { Protocol } from '../protocol/protocol';
import { describer } from './describe';
import { warning, type ValidationWarning } from './warning';

/**
 * Per item, against who served there: every voter serves and votes once, the totals add up to
 * the number serving, reservations come from those who took part and did not vote for what was
 * decided, and a protokollsanteckning is
 * not from someone who was away or jävig.
 */
export function voteRules(p: Protocol): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const say = describer(p);
  const rows = servingByItem(p);
  const people = p.attendance.people;
  const known = new Set(people.map((x) => x.id));
  p.items.forEach((item, index) => {
    const label = say.item(item.id);
    const serving = new Set(rows[index]!.serving.map((s) => s.personId));
    const at = (field: string) => ({ kind: 'item' as const, id: item.id, field });
    item.votes.forEach((vote, v) => {
      const which = item.votes.length > 1 ? ` (omröstning ${v + 1})` : '';
      const whichEn = item.votes.length > 1 ? ` (vote ${v + 1})` : '';
      const seen = new Set<string>();
      vote.ballots.forEach((b, k) => {
        if (!known.has(b.personId)) return; // reported as an unknown reference
        const name = say.person(b.personId);
        if (seen.has(b.personId)) {
          out.push(
            warning(
              'voter-twice',
              at(`votes[${v}].ballots[${k}]`),
              `${label}${which}: ${name} har röstat två gånger.`,
              `${label}${whichEn}: ${name} voted twice`,
            ),
          );
        } else if (!serving.has(b.personId)) {
          out.push(
            warning(
              'voter-not-serving',
              at(`votes[${v}].ballots[${k}]`),
              `${label}${which}: ${name} röstar men tjänstgör inte i ärendet.`,
              `${label}${whichEn}: ${name} votes but does not serve in this item`,
            ),
          );
        }
        seen.add(b.personId);
      });
      const counted = vote.counts
        ? vote.counts.ja + vote.counts.nej + vote.counts.avstar
        : vote.ballots.length;
      const mismatch =
        (vote.ballots.length > 0 || vote.counts !== undefined) &&
        (counted !== serving.size ||
          (vote.counts !== undefined &&
            vote.ballots.length > 0 &&
            vote.ballots.length !== counted));
      if (mismatch) {
        out.push(
          warning(
            'vote-total-mismatch',
            at(`votes[${v}]`),
            `${label}${which}: ${counted} röster är antecknade men ${serving.size} tjänstgör.`,
            `${label}${whichEn}: ${counted} votes recorded but ${serving.size} serve`,
          ),
        );
      }
    });
    // The side that carried the last roll-call (a tie is settled by the chair, so says nothing).
    const last = item.votes.findLast((v) => v.ballots.length > 0);
    const tally = (c: string) => last?.ballots.filter((b) => b.choice === c).length ?? 0;
    const carried = tally('ja') > tally('nej') ? 'ja' : tally('nej') > tally('ja') ? 'nej' : '';
    item.reservations.forEach((r, i) => {
      r.personIds.forEach((id, j) => {
        if (!known.has(id)) return;
        const choice = last?.ballots.find((b) => b.personId === id)?.choice;
        if (serving.has(id) && carried && choice === carried) {
          out.push(
            warning(
              'reservation-by-supporter',
              at(`reservations[${i}].personIds[${j}]`),
              `${label}: ${say.person(id)} reserverar sig men röstade för det som blev beslutet.`,
              `${label}: ${say.person(id)} enters a reservation but voted for what was decided`,
            ),
          );
        }
        if (serving.has(id)) return;
        out.push(
          warning(
            'reservation-not-serving',
            at(`reservations[${i}].personIds[${j}]`),
            `${label}: ${say.person(id)} reserverar sig men deltog inte i beslutet.`,
            `${label}: ${say.person(id)} enters a reservation but did not take part in the decision`,
          ),
        );
      });
    });
    item.notes.forEach((n, i) => {
      const by = n.by.toLocaleLowerCase('sv-SE');
      const person = people.find((x) => by.includes(x.name.toLocaleLowerCase('sv-SE')));
      if (!person || presenceOf(p, person)[index] === 'present') return;
      out.push(
        warning(
          'note-by-absent',
          at(`notes[${i}]`),
          `${label}: protokollsanteckningen är från ${person.name}, som inte deltog i ärendet.`,
          `${label}: the note is by ${person.name}, who did not take part in this item`,
        ),
      );
    });
  });
  return out;
}
