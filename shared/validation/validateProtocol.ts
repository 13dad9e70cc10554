import type { Protocol } from '../protocol/protocol';
import { attendanceRules } from './attendanceRules';
import { characterRules } from './characterRules';
import { itemRules } from './itemRules';
import { meetingRules } from './meetingRules';
import { personalDataRules } from './personalDataRules';
import { placeholderRules } from './placeholderRules';
import { signatureRules } from './signatureRules';
import { statusRules } from './statusRules';
import { timeSlotRules } from './timeSlotRules';
import { voteRules } from './voteRules';
import type { ValidationWarning } from './warning';

export type { ValidationWarning, WarningLocation } from './warning';

/**
 * Everything a secretary should check before justering, in document order: meeting, attendance,
 * items, signatures. Pure; an empty list means the protocol passes every rule.
 */
export function validateProtocol(p: Protocol): ValidationWarning[] {
  return [
    ...meetingRules(p),
    ...attendanceRules(p),
    ...itemRules(p),
    ...voteRules(p),
    ...personalDataRules(p),
    ...timeSlotRules(p),
    ...placeholderRules(p),
    ...signatureRules(p),
    ...statusRules(p),
    ...characterRules(p),
  ];
}
