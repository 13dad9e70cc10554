import type { WarningLocation } from '../../../shared/validation/validateProtocol';

/**
 * A place in a draft to show once it is open (a search hit's item): set just before the draft
 * is opened, taken once by the editor when it mounts.
 */
let pending: { draftId: string; location: WarningLocation } | null = null;

export function setPendingLocation(draftId: string, location: WarningLocation): void {
  pending = { draftId, location };
}

/** The place asked for in this draft, once; null when none was. */
export function takePendingLocation(draftId: string): WarningLocation | null {
  const p = pending;
  pending = null;
  return p && p.draftId === draftId ? p.location : null;
}
