import type { Item, Vote, VoteChoice } from '../../../shared/protocol/item';
import { useDraft } from '../../core/state/draftStore';
import { personLabel, votingPeople } from './people';

interface Props {
  item: Item;
  vote: Vote;
  update(recipe: (item: Item) => Item): void;
}

const CHOICES: { value: VoteChoice | ''; label: string }[] = [
  { value: '', label: '–' },
  { value: 'ja', label: 'Ja' },
  { value: 'nej', label: 'Nej' },
  { value: 'avstar', label: 'Avstår' },
];

/** Omröstning: what ja and nej mean, each voter's choice or just the counts, and the result. */
export function VotePart({ vote, update }: Props) {
  const people = useDraft((d) => d.attendance.people);
  const groups = useDraft((d) => d.attendance.groups);
  const voters = votingPeople(people ?? [], groups ?? []);
  const setVote = (patch: Partial<Vote>) =>
    update((i) => (i.vote ? { ...i, vote: { ...i.vote, ...patch } } : i));
  const choiceOf = (personId: string) =>
    vote.ballots.find((b) => b.personId === personId)?.choice ?? '';
  const setChoice = (personId: string, choice: VoteChoice | '') => {
    const others = vote.ballots.filter((b) => b.personId !== personId);
    setVote({ ballots: choice ? [...others, { personId, choice }] : others });
  };
  const tally = { ja: 0, nej: 0, avstar: 0 };
  for (const b of vote.ballots) tally[b.choice]++;
  const counts = vote.counts ?? tally;
  const byCounts = vote.counts !== undefined || voters.length === 0;

  return (
    <>
      <label className="wide">
        Omröstningsfråga
        <input
          value={vote.question}
          placeholder="t.ex. Ja för ordförandens förslag, nej för Lundbergs yrkande"
          onChange={(e) => setVote({ question: e.target.value })}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={byCounts}
          disabled={voters.length === 0}
          onChange={(e) => setVote(e.target.checked ? { counts: tally } : { counts: undefined })}
        />
        Endast antal röster (sluten omröstning)
      </label>
      {byCounts ? (
        <div className="vote-counts">
          {(['ja', 'nej', 'avstar'] as const).map((k) => (
            <label key={k}>
              {k === 'avstar' ? 'Avstår' : k === 'ja' ? 'Ja' : 'Nej'}
              <input
                type="number"
                min={0}
                value={counts[k]}
                onChange={(e) =>
                  setVote({ counts: { ...counts, [k]: Math.max(0, Number(e.target.value) || 0) } })
                }
              />
            </label>
          ))}
        </div>
      ) : (
        <table className="ballots">
          <caption>
            Röster: {tally.ja} ja, {tally.nej} nej, {tally.avstar} avstår
          </caption>
          <tbody>
            {voters.map((p) => (
              <tr key={p.id}>
                <th scope="row">{personLabel(p)}</th>
                <td>
                  <select
                    aria-label={`Röst för ${p.name}`}
                    value={choiceOf(p.id)}
                    onChange={(e) => setChoice(p.id, e.target.value as VoteChoice | '')}
                  >
                    {CHOICES.map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <label className="wide">
        Omröstningsresultat
        <input
          value={vote.result}
          placeholder="t.ex. Nämnden har beslutat enligt ordförandens förslag"
          onChange={(e) => setVote({ result: e.target.value })}
        />
      </label>
    </>
  );
}
