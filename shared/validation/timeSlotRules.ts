import type { Protocol } from '../protocol/protocol';
import { isRealTime, minutesOf } from './dateTime';
import { describer } from './describe';
import { warning, type ValidationWarning } from './warning';

/** "10:15-10:45"; an en dash and spaces around the dash are accepted as typed in Word. */
const TIME_SLOT = /^(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/;

/**
 * An item's agenda time slot is printed as typed, so a slip ("10.15-1045") would be printed too:
 * warn (never refuse) when it is not "HH:MM-HH:MM" or ends before it starts. Empty is fine.
 */
export function timeSlotRules(p: Protocol): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const say = describer(p);
  for (const item of p.items) {
    const slot = item.timeSlot.trim();
    if (slot === '') continue;
    const at = { kind: 'item' as const, id: item.id, field: 'timeSlot' };
    const label = say.item(item.id);
    const m = TIME_SLOT.exec(slot);
    const impossible = m ? [m[1]!, m[2]!].find((t) => !isRealTime(t)) : undefined;
    if (impossible) {
      out.push(
        warning(
          'item-time-slot-format',
          at,
          `Tiden för ${label}: ${impossible} finns inte.`,
          `${label}: time slot "${slot}" names a time that does not exist (${impossible})`,
        ),
      );
    } else if (!m) {
      out.push(
        warning(
          'item-time-slot-format',
          at,
          `Tiden för ${label} ska skrivas TT:MM-TT:MM, t.ex. 10:15-10:45.`,
          `${label}: time slot "${slot}" is not HH:MM-HH:MM`,
        ),
      );
    } else if (minutesOf(m[2]!) <= minutesOf(m[1]!)) {
      out.push(
        warning(
          'item-time-slot-order',
          at,
          `Tiden för ${label} slutar innan den börjar (${slot}).`,
          `${label}: time slot "${slot}" ends before it starts`,
        ),
      );
    }
  }
  return out;
}
