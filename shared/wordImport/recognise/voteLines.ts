import type { Vote, VoteChoice } from '../../protocol/item';
import { BUILT_IN_TEMPLATES } from '../../template/builtInTemplates';
import { normalise } from './vocabulary';

const labels = BUILT_IN_TEMPLATES.map((t) => t.labels);
const words = (pick: (l: (typeof labels)[number]) => string, more: string[]) => [
  ...new Set([...labels.map((l) => normalise(pick(l))), ...more]),
];

const VOTE_HEADINGS = words((l) => l.vote, ['omröstning', 'votering', 'röstning', 'vote']);
const CHOICES: [VoteChoice, string[]][] = [
  ['ja', words((l) => l.voteYes, ['ja'])],
  ['nej', words((l) => l.voteNo, ['nej'])],
  ['avstar', words((l) => l.voteAbstain, ['avstår', 'avstod', 'avstående'])],
];
const RESULT = words((l) => l.voteResult, ['omröstningsresultat', 'resultat']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const any = (list: string[]) => list.map(escape).join('|');

/** "Omröstning", "Omröstning 2: Huvudvotering": a vote's heading, with its title. */
export function voteHeading(text: string): { title: string } | undefined {
  const m = new RegExp(`^(?:${any(VOTE_HEADINGS)})(?:\\s+\\d+)?(?::\\s*(.*))?$`, 'i').exec(
    text.trim(),
  );
  return m ? { title: (m[1] ?? '').trim().slice(0, 500) } : undefined;
}

export function newVote(title: string): Vote {
  return { title, question: '', ballots: [], result: '' };
}

/**
 * One line under a vote heading, as Paragraf and most protokoll print it: the question, "Ja (3):
 * names", "Ja 3, Nej 2, Avstår 1", "Omröstningsresultat: …". False when the line is none of them
 * (the vote has ended).
 */
export function addVoteLine(
  vote: Vote,
  text: string,
  findPeople: (text: string) => string[],
): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  for (const [choice, names] of CHOICES) {
    const m = new RegExp(`^(?:${any(names)})\\s*\\(\\d+\\)\\s*:\\s*(.+)$`, 'i').exec(t);
    if (!m) continue;
    const ids = findPeople(m[1]!);
    if (ids.length === 0) return false;
    vote.ballots.push(...ids.map((personId) => ({ personId, choice })));
    return true;
  }
  const [yes, no, abstain] = CHOICES.map(([, names]) => `(?:${any(names)})\\s+(\\d+)`);
  const counts = new RegExp(`^${yes},\\s*${no},\\s*${abstain}$`, 'i').exec(t);
  if (counts) {
    vote.counts = { ja: Number(counts[1]), nej: Number(counts[2]), avstar: Number(counts[3]) };
    return true;
  }
  const result = new RegExp(`^(?:${any(RESULT)})\\s*:\\s*(.+)$`, 'i').exec(t);
  if (result) {
    vote.result = result[1]!.slice(0, 2000);
    return true;
  }
  if (vote.question === '' && vote.ballots.length === 0 && !vote.counts && t.length <= 2000) {
    vote.question = t;
    return true;
  }
  return false;
}
