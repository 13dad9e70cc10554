import { useSyncExternalStore } from 'react';

/** One message at a time under the top bar: errors in Swedish, confirmations, recoveries. */
interface NoticeState {
  text: string;
  kind: 'info' | 'error';
  /** When it was shown (ms). */
  at: number;
  /** A button after the text, e.g. "Ångra" after a delete. */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: string;
  run(): void;
}

let current: NoticeState | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export const notices = {
  show(text: string, kind: NoticeState['kind'] = 'info', action?: NoticeAction) {
    current = { text, kind, at: Date.now(), ...(action ? { action } : {}) };
    emit();
  },
  error(text: string) {
    notices.show(text, 'error');
  },
  clear() {
    current = null;
    emit();
  },
  /** On another screen a notice from the one before no longer applies, unless it is new. */
  clearFromEarlierScreen(graceMs = 1500) {
    if (current && Date.now() - current.at > graceMs) notices.clear();
  },
};

export function useNotice() {
  return notices;
}

export function Notice() {
  const notice = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
  // The live region stays mounted so screen readers announce new messages.
  return (
    <div className="notice-area" role="status" aria-live="polite">
      {notice && (
        <div className={`notice notice-${notice.kind}`}>
          <span>{notice.text}</span>
          {notice.action && (
            <button
              type="button"
              className="notice-action"
              onClick={() => {
                notices.clear();
                notice.action!.run();
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" className="link-button" onClick={notices.clear}>
            Stäng meddelandet
          </button>
        </div>
      )}
    </div>
  );
}
