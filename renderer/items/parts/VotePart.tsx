import type { Person } from '../../../shared/protocol/attendance';
import type { Item, Vote, VoteChoice } from '../../../shared/protocol/item';
import { useItemFieldLabels, type ItemFieldLabels } from '../partLabels';
import { personLabel } from './people';
import { useItemParticipation } from './useItemParticipation';

interface Props {
  item: Item;
  update(recipe: (item: Item) => Item): void;
}

const CHOICES = ['ja', 'nej', 'avstar'] as const;

const EMPTY_VOTE: Vote = { title: '', question: '', ballots: [], result: '' };

/**
 * Omröstningar, in the order held (e.g. on the order of propositions, then on the matter). A
 * roll-call lists exactly those serving in this item, so nobody else can vote.
 */
export function VotePart({ item, update }: Props) {
  const { serving } = useItemParticipation(item.id);
  // The choices in the protokoll's own words ("Ja", "Nej", "Avstår" in the Swedish templates).
  const words = useItemFieldLabels().vote;
  const setVote = (index: number, patch: Partial<Vote>) =>
    update((i) => ({
      ...i,
      votes: i.votes.map((v, k) => (k === index ? { ...v, ...patch } : v)),
    }));
  return (
    <>
      {item.votes.map((vote, index) => (
        <OneVote
          key={index}
          vote={vote}
          index={index}
          count={item.votes.length}
          voters={serving}
          words={words}
          setVote={(patch) => setVote(index, patch)}
          remove={() => update((i) => ({ ...i, votes: i.votes.filter((_, k) => k !== index) }))}
        />
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => update((i) => ({ ...i, votes: [...i.votes, EMPTY_VOTE] }))}
      >
        Lägg till omröstning
      </button>
    </>
  );
}

function OneVote(props: {
  vote: Vote;
  index: number;
  count: number;
  voters: Person[];
  words: ItemFieldLabels['vote'];
  setVote(patch: Partial<Vote>): void;
  remove(): void;
}) {
  const { vote, index, count, voters, words, setVote } = props;
  // The first vote keeps the plain labels; later ones say which vote they belong to.
  const suffix = index === 0 ? '' : ` (omröstning ${index + 1})`;
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
  const total = counts.ja + counts.nej + counts.avstar;

  return (
    <div className="row-group vote">
      <label className="wide">
        Vad omröstningen gäller{suffix}
        <input
          value={vote.title}
          placeholder="t.ex. Propositionsordning eller Huvudvotering"
          onChange={(e) => setVote({ title: e.target.value })}
        />
      </label>
      <label className="wide">
        Omröstningsfråga{suffix}
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
        Endast antal röster (sluten omröstning){suffix}
      </label>
      {byCounts ? (
        <div className="vote-counts">
          {(['ja', 'nej', 'avstar'] as const).map((k) => (
            <label key={k}>
              {words[k]}
              {suffix}
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
          <p className="hint" aria-live="polite">
            {total} av {voters.length} tjänstgörande
          </p>
        </div>
      ) : (
        <table className="ballots">
          <caption>
            Röster: {tally.ja} {words.ja.toLowerCase()}, {tally.nej} {words.nej.toLowerCase()},{' '}
            {tally.avstar} {words.avstar.toLowerCase()}
          </caption>
          <tbody>
            {voters.map((p) => (
              <tr key={p.id}>
                <th scope="row">{personLabel(p)}</th>
                <td>
                  <select
                    aria-label={`Röst för ${p.name}${suffix}`}
                    value={choiceOf(p.id)}
                    onChange={(e) => setChoice(p.id, e.target.value as VoteChoice | '')}
                  >
                    <option value="">–</option>
                    {CHOICES.map((c) => (
                      <option key={c} value={c}>
                        {words[c]}
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
        {words.result}
        {suffix}
        <input
          value={vote.result}
          placeholder="t.ex. Nämnden har beslutat enligt ordförandens förslag"
          onChange={(e) => setVote({ result: e.target.value })}
        />
      </label>
      {count > 1 && (
        <button type="button" className="link-button" onClick={props.remove}>
          Ta bort omröstning {index + 1}
        </button>
      )}
    </div>
  );
}
