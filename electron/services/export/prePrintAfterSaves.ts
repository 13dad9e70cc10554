import type { Protocol } from '../../../shared/protocol';

/**
 * Quiet time after a draft's last save before its protokoll is printed ahead: longer than the
 * pause between saves while someone types, so a print starts only once the edits have settled.
 */
export const PRE_PRINT_DELAY_MS = 2000;

export interface PrePrintAfterSaves {
  /** A draft was saved: its protokoll is printed once no other save of it follows in the delay. */
  saved(protocol: Protocol): void;
  /**
   * A draft was opened: printed the same way, so the preview or export that often follows the
   * opening of a long protokoll finds it printed, and its parts' page counts learnt. A draft
   * opened before it and not yet printed is dropped: only the one on screen is worth the time.
   */
  opened(protocol: Protocol): void;
  /** Drops every print not yet started (on quit). */
  cancel(): void;
}

export interface PrePrintOptions {
  prePrint(protocol: Protocol): Promise<void>;
  /** English, to the log file: a failed pre-print is not an error the user sees. */
  log(message: string): void;
  delayMs?: number;
}

/**
 * Prints each saved or opened draft's protokoll into the export cache once its saves have
 * settled. An export of a changed protokoll costs a print (up to about a second of Chromium's
 * time for 150 items); printed ahead, the export or preview after an edit or an opening finds the
 * PDF ready, and one asked for while the print is still running waits for it instead of printing
 * again.
 */
export function createPrePrintAfterSaves(options: PrePrintOptions): PrePrintAfterSaves {
  const delay = options.delayMs ?? PRE_PRINT_DELAY_MS;
  const waiting = new Map<string, ReturnType<typeof setTimeout>>();
  // Drafts waiting because they were opened (not saved) since their last print.
  const opened = new Set<string>();
  function printWhenSettled(protocol: Protocol): void {
    clearTimeout(waiting.get(protocol.id));
    const timer = setTimeout(() => {
      waiting.delete(protocol.id);
      opened.delete(protocol.id);
      options
        .prePrint(protocol)
        .catch((e: unknown) => options.log(`pre-print failed: ${String(e)}`));
    }, delay);
    // Never keeps the process alive (the CLI and tests end while a timer waits).
    timer.unref?.();
    waiting.set(protocol.id, timer);
  }
  return {
    saved(protocol) {
      opened.delete(protocol.id);
      printWhenSettled(protocol);
    },
    opened(protocol) {
      for (const id of opened) {
        clearTimeout(waiting.get(id));
        waiting.delete(id);
      }
      // A draft whose save is waiting to be printed stays a saved one.
      const savedBefore = waiting.has(protocol.id) && !opened.has(protocol.id);
      opened.clear();
      printWhenSettled(protocol);
      if (!savedBefore) opened.add(protocol.id);
    },
    cancel() {
      for (const timer of waiting.values()) clearTimeout(timer);
      waiting.clear();
      opened.clear();
    },
  };
}
