import { noticeLawRules } from './noticeLawRules';
import type { Protocol } from '../protocol/protocol';
import { isRealDate, isRealTime, minutesOf } from './dateTime';
import { warning, type ValidationWarning, type WarningLocation } from './warning';

function checkDate(
  value: string,
  location: WarningLocation,
  what: { sv: string; en: string },
  out: ValidationWarning[],
): boolean {
  if (value === '') return false;
  if (isRealDate(value)) return true;
  out.push(
    warning(
      'invalid-date',
      location,
      `${what.sv}: ${value} är inget giltigt datum.`,
      `${what.en}: ${value} is not a real date`,
    ),
  );
  return false;
}

/** Dates and times that cannot exist or come in the wrong order. */
export function meetingRules(p: Protocol): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const { meeting, signatures } = p;
  if (meeting.body.trim() === '') {
    out.push(
      warning(
        'missing-body',
        { kind: 'meeting', field: 'body' },
        'Organ saknas: protokollet måste ange vilket organ som sammanträdde.',
        'the body (organ) is missing',
      ),
    );
  }
  if (meeting.date === '') {
    out.push(
      warning(
        'missing-date',
        { kind: 'meeting', field: 'date' },
        'Sammanträdesdatum saknas.',
        'the meeting date is missing',
      ),
    );
  }
  const meetingOk = checkDate(
    meeting.date,
    { kind: 'meeting', field: 'date' },
    { sv: 'Sammanträdesdatum', en: 'meeting date' },
    out,
  );
  const times: Array<['startTime' | 'endTime', string, string]> = [
    ['startTime', 'Starttid', 'start time'],
    ['endTime', 'Sluttid', 'end time'],
  ];
  for (const [field, sv, en] of times) {
    const value = meeting[field];
    if (value !== '' && !isRealTime(value)) {
      out.push(
        warning(
          'invalid-time',
          { kind: 'meeting', field },
          `${sv}: ${value} är ingen giltig tid.`,
          `${en}: ${value} is not a real time of day`,
        ),
      );
    }
  }
  if (isRealTime(meeting.startTime) && isRealTime(meeting.endTime)) {
    if (minutesOf(meeting.endTime) < minutesOf(meeting.startTime)) {
      out.push(
        warning(
          'end-before-start',
          { kind: 'meeting', field: 'endTime' },
          `Sluttiden ${meeting.endTime} är före starttiden ${meeting.startTime}.`,
          `end time ${meeting.endTime} is before start time ${meeting.startTime}`,
        ),
      );
    }
  }
  const adjustmentOk = checkDate(
    signatures.adjustmentDate,
    { kind: 'signature', field: 'adjustmentDate' },
    { sv: 'Justeringsdatum', en: 'adjustment date' },
    out,
  );
  if (meetingOk && adjustmentOk && signatures.adjustmentDate < meeting.date) {
    out.push(
      warning(
        'adjustment-before-meeting',
        { kind: 'signature', field: 'adjustmentDate' },
        `Justeringsdatumet ${signatures.adjustmentDate} är före sammanträdet ${meeting.date}.`,
        `adjustment date ${signatures.adjustmentDate} is before the meeting date ${meeting.date}`,
      ),
    );
  }
  out.push(...noticeRules(p, meetingOk, adjustmentOk));
  return out;
}

/** The anslag goes up after justering (and the meeting) and comes down after it went up. */
function noticeRules(p: Protocol, meetingOk: boolean, adjustmentOk: boolean): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const { notice, signatures, meeting } = p;
  const postedOk = checkDate(
    notice.postedDate,
    { kind: 'notice', field: 'postedDate' },
    { sv: 'Anslagsdatum', en: 'notice posted date' },
    out,
  );
  const removedOk = checkDate(
    notice.removalDate,
    { kind: 'notice', field: 'removalDate' },
    { sv: 'Datum för nedtagande', en: 'notice removal date' },
    out,
  );
  if (postedOk && adjustmentOk && notice.postedDate < signatures.adjustmentDate) {
    out.push(
      warning(
        'notice-before-adjustment',
        { kind: 'notice', field: 'postedDate' },
        `Anslaget sätts upp ${notice.postedDate}, före justeringen ${signatures.adjustmentDate}.`,
        `notice posted ${notice.postedDate}, before the adjustment on ${signatures.adjustmentDate}`,
      ),
    );
  } else if (postedOk && meetingOk && notice.postedDate < meeting.date) {
    out.push(
      warning(
        'notice-before-meeting',
        { kind: 'notice', field: 'postedDate' },
        `Anslaget sätts upp ${notice.postedDate}, före sammanträdet ${meeting.date}.`,
        `notice posted ${notice.postedDate}, before the meeting on ${meeting.date}`,
      ),
    );
  }
  if (postedOk && removedOk && notice.removalDate <= notice.postedDate) {
    out.push(
      warning(
        'notice-removed-before-posted',
        { kind: 'notice', field: 'removalDate' },
        `Anslaget tas ned ${notice.removalDate}, inte efter att det satts upp ${notice.postedDate}.`,
        `notice removal date ${notice.removalDate} is not after the posted date ${notice.postedDate}`,
      ),
    );
  }
  out.push(...noticeLawRules(p, { postedOk, removedOk, adjustmentOk }));
  return out;
}
