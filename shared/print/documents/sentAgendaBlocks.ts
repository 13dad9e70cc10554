import type { Protocol } from '../../protocol';
import { addedAtMeeting } from '../../protocol/kallelse';
import { agendaBlock } from '../frontMatter';
import type { AgendaBlock, ItemContentBlock } from '../printDocument';

/**
 * The agenda the protokoll prints: the one the kallelse sent, as it was sent, under "Utsänd
 * dagordning"; without a kallelse, the agenda made from the items.
 */
export function protocolAgendaBlock(protocol: Protocol): AgendaBlock {
  const sent = protocol.sentAgenda;
  if (!sent) return agendaBlock(protocol);
  const { labels } = protocol;
  return {
    kind: 'agenda',
    heading: labels.sentAgendaHeading,
    entries: sent.entries.map((e) => ({
      number: e.number,
      title: e.title,
      ...(e.timeSlot ? { time: e.timeSlot } : {}),
      details: [
        ...(e.documents.length > 0 ? [`${labels.documents}: ${e.documents.join('; ')}`] : []),
        ...(e.presenters.length > 0 ? [`${labels.presenters} ${e.presenters.join(', ')}`] : []),
      ],
    })),
  };
}

/** "Tillagt på sammanträdet" under an item that was not on the agenda the kallelse sent. */
export function addedAtMeetingNote(protocol: Protocol, itemId: string): ItemContentBlock[] {
  if (!addedAtMeeting(protocol).has(itemId)) return [];
  return [{ kind: 'paragraph', role: 'note', runs: [{ text: protocol.labels.addedAtMeeting }] }];
}
