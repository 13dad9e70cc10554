import type { WarningLocation } from '../../shared/validation/validateProtocol';

type Navigate = (location: WarningLocation) => void;
let current: Navigate | null = null;

/**
 * The editor's way to a warning's place, registered by the mounted validation panel, so the
 * export check dialog (opened from anywhere) can send the secretary to a warning too.
 */
export function registerWarningNavigator(navigate: Navigate): () => void {
  current = navigate;
  return () => {
    if (current === navigate) current = null;
  };
}

export function navigateToWarning(location: WarningLocation): void {
  current?.(location);
}
