import type { DraftSummary } from '../../../shared/ipc/contract';
import { itemRangeText } from '../../../shared/protocol/numbering';
import type { Protocol } from '../../../shared/protocol/protocol';

/** The line shown for a draft in the library list. */
export function summarizeDraft(protocol: Protocol, savedAt: Date): DraftSummary {
  return {
    id: protocol.id,
    body: protocol.meeting.body,
    date: protocol.meeting.date,
    // The document kind as printed ("Protokoll", "Minnesanteckningar"); body and date are separate.
    title: protocol.meeting.documentKind,
    status: protocol.status,
    updatedAt: savedAt.toISOString(),
    itemRange: itemRangeText(protocol),
  };
}
