import type { Person, Role } from '../../shared/protocol/attendance';
import { partyText } from '../../shared/protocol/personText';

/** Role names in the editor (the printed words come from the template's labels). */
export const ROLE_NAMES: Record<Role, string> = {
  ordforande: 'Ordförande',
  'vice-ordforande': 'Vice ordförande',
  ledamot: 'Ledamot',
  ersattare: 'Ersättare',
  sekreterare: 'Sekreterare',
  tjansteperson: 'Tjänsteperson',
  ovrig: 'Övrig',
};

/**
 * A person as one line that parsePersonLine reads back, written as the protokoll prints it:
 * "Name (P), Organisation" for politicians, "Name, Title, Organisation" for officials. The role
 * is left out: it changes from meeting to meeting.
 */
export function personLine(p: Pick<Person, 'name' | 'party' | 'organisation' | 'title'>): string {
  const party = partyText(p.party);
  const parts = [party ? `${p.name} ${party}` : p.name];
  if (!party && p.title) parts.push(p.title);
  if (p.organisation) parts.push(p.organisation);
  return parts.join(', ');
}
