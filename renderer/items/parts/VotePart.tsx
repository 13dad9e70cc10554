import type { Person } from '../../../shared/protocol/attendance';
import type { Item, Vote, VoteChoice } from '../../../shared/protocol/item';
import { personLabel } from './people';
import { useItemParticipation } from './useItemParticipation';

interface Props {
  item: Item;
  update(recipe: (item: Item) => Item): void;
}

const CHOICES: { value: VoteChoice | ''; label: string }[] = [
  { value: '', label: '–' },
  { value: 'ja', label: 'Ja' },
  { value: 'nej', label: 'Nej' },
  { value: 'avstar', label: 'Avstår' },
];

const EMPTY_VOTE: Vote = { title: '', question: '', ballots: [], result: '' };

/**
 * Omröstningar, in the order held (e.g. on the order of propositions, then on the matter). A
 * roll-call lists exactly those serving in this item, so nobody else can vote.
 */
export function VotePart({ item, update }: Props) {
  const { serving } = useItemParticipation(item.id);
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
  setVote(patch: Partial<Vote>): void;
  remove(): void;
}) {
  const { vote, index, count, voters, setVote } = props;
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
              {k === 'avstar' ? 'Avstår' : k === 'ja' ? 'Ja' : 'Nej'}
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
            Röster: {tally.ja} ja, {tally.nej} nej, {tally.avstar} avstår
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
        Omröstningsresultat{suffix}
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
