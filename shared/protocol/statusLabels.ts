import type { ProtocolStatus } from './protocol';

/** How a status is named on screen and in lists and exports. */
export const STATUS_LABELS: Record<ProtocolStatus, string> = {
  kallelse: 'Kallelse',
  utkast: 'Utkast',
  justerat: 'Justerat',
  publicerat: 'Publicerat',
};
