import { numberItems } from './numbering';
import type { Protocol } from './protocol';
import type { SentAgenda } from './sentAgenda';

/** The agenda as it stands: numbers, titles, time slots, presenters and documents per item. */
export function agendaSnapshot(protocol: Protocol, now: Date): SentAgenda {
  const numbers = numberItems(
    protocol.items,
    protocol.meeting.numbering,
    protocol.labels.paragraphSign,
  );
  return {
    keptAt: now.toISOString(),
    entries: protocol.items.map((item, i) => ({
      itemId: item.id,
      number: numbers[i]!.label,
      title: item.title,
      timeSlot: item.timeSlot,
      presenters: [...item.presenters],
      documents: [...item.documents],
    })),
  };
}

/**
 * "Gör protokoll av kallelsen": the same file becomes the protokoll draft. The agenda as sent
 * is kept so the protokoll can print it and mark items added at the meeting.
 */
export function protocolFromKallelse(protocol: Protocol, now: Date): Protocol {
  if (protocol.status !== 'kallelse') return protocol;
  return { ...protocol, status: 'utkast', sentAgenda: agendaSnapshot(protocol, now) };
}

/** Items added at the meeting: not on the agenda the kallelse sent (none without a snapshot). */
export function addedAtMeeting(protocol: Protocol): Set<string> {
  if (!protocol.sentAgenda) return new Set();
  const sent = new Set(protocol.sentAgenda.entries.map((e) => e.itemId));
  return new Set(protocol.items.filter((i) => !sent.has(i.id)).map((i) => i.id));
}
