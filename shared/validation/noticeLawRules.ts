import {
  APPEAL_PERIOD_DAYS,
  LATEST_POSTING_DAYS,
  addDays,
  appealEndDate,
  daysBetween,
} from '../protocol/noticeDates';
import type { Protocol } from '../protocol/protocol';
import { warning, type ValidationWarning } from './warning';

/** Which of the dates are real dates (checked by the caller, which reports those that are not). */
export interface NoticeDatesOk {
  postedOk: boolean;
  removedOk: boolean;
  adjustmentOk: boolean;
}

/**
 * The law's time limits for the anslag (Kommunallagen 8 kap. 12 §): posted at the latest the
 * second day after justering, and up until the three-week appeal period has run out.
 */
export function noticeLawRules(p: Protocol, ok: NoticeDatesOk): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const { postedDate, removalDate } = p.notice;
  const adjusted = p.signatures.adjustmentDate;
  if (ok.postedOk && ok.adjustmentOk && daysBetween(adjusted, postedDate) > LATEST_POSTING_DAYS) {
    const latest = addDays(adjusted, LATEST_POSTING_DAYS);
    out.push(
      warning(
        'notice-posted-late',
        { kind: 'notice', field: 'postedDate' },
        `Anslaget sätts upp ${postedDate}, mer än två dagar efter justeringen ${adjusted} (senast ${latest}).`,
        `notice posted ${postedDate}, more than ${LATEST_POSTING_DAYS} days after the adjustment on ${adjusted} (latest ${latest})`,
      ),
    );
  }
  const days = ok.postedOk && ok.removedOk ? daysBetween(postedDate, removalDate) : 0;
  if (days > 0 && days < APPEAL_PERIOD_DAYS) {
    const end = appealEndDate(postedDate);
    out.push(
      warning(
        'notice-removed-early',
        { kind: 'notice', field: 'removalDate' },
        `Anslaget tas ned ${removalDate}, före överklagandetidens slut ${end} (tre veckor efter anslaget).`,
        `notice removed ${removalDate}, before the three-week appeal period ends on ${end}`,
      ),
    );
  }
  return out;
}
