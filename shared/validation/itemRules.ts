import type { Item } from '../protocol/item';
import type { Protocol } from '../protocol/protocol';
import { describer } from './describe';
import { warning, type ValidationWarning } from './warning';

function hasDecision(item: Item): boolean {
  const d = item.decision;
  return d !== undefined && (d.intro.trim() !== '' || d.attSatser.some((a) => a.trim() !== ''));
}

/** Per item: a title, a decision for "beslut" items, references to people who exist. */
export function itemRules(p: Protocol): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const say = describer(p);
  const known = new Set(p.attendance.people.map((x) => x.id));
  for (const item of p.items) {
    const label = say.item(item.id);
    const at = { kind: 'item' as const, id: item.id };
    if (item.title.trim() === '') {
      out.push(
        warning(
          'item-title-missing',
          { ...at, field: 'title' },
          `${label} saknar rubrik.`,
          `${label} has no title`,
        ),
      );
    }
    if (item.kind === 'beslut' && !hasDecision(item)) {
      out.push(
        warning(
          'decision-missing',
          { ...at, field: 'decision' },
          `${label} är ett beslutsärende men saknar beslut.`,
          `${label} is a decision item but has no decision`,
        ),
      );
    }
    const refs: Array<[string, string]> = [
      ...item.reservations.flatMap((r, i) =>
        r.personIds.map((id, j) => [id, `reservations[${i}].personIds[${j}]`] as [string, string]),
      ),
      ...item.votes.flatMap((v, i) =>
        v.ballots.map((b, j) => [b.personId, `votes[${i}].ballots[${j}]`] as [string, string]),
      ),
    ];
    for (const [id, field] of refs) {
      if (known.has(id)) continue;
      out.push(
        warning(
          'unknown-person-reference',
          { ...at, field },
          `${label} hänvisar till en person som inte finns i närvarolistan.`,
          `${label}: ${field} refers to "${id}", who is not in the attendance`,
        ),
      );
    }
  }
  return out;
}
