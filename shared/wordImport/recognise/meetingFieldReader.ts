import type { Meeting } from '../../protocol/meeting';
import type { ImportReport } from '../importReport';
import { findDate, findTimes, placeWithoutDateAndTime } from './meetingFields';
import { FIELD_LABELS, normalise } from './vocabulary';

export type Field = keyof typeof FIELD_LABELS;

const FIELD_NAMES: Record<Field, { sv: string; en: string }> = {
  date: { sv: 'Datum', en: 'Date' },
  place: { sv: 'Plats', en: 'Place' },
  time: { sv: 'Tid', en: 'Time' },
  placeAndTime: { sv: 'Plats och tid', en: 'Place and time' },
  dnr: { sv: 'Dnr', en: 'Reference number' },
  adjustment: { sv: 'Justering', en: 'Adjustment' },
};

/** The header field a label names ("PLATS", "Sammanträdesdatum:"), if any. */
export function fieldOf(text: string): Field | undefined {
  const key = normalise(text);
  return (Object.keys(FIELD_LABELS) as Field[]).find((f) => FIELD_LABELS[f].has(key));
}

/** When and where the justering takes place, as read. */
export interface Adjustment {
  date: string;
  place: string;
}

/**
 * Sets a header field from its printed value; false when the value does not fit (a "Datum"
 * without a date), so the text is kept instead.
 */
export function setMeetingField(
  meeting: Meeting,
  adjustment: Adjustment,
  report: ImportReport,
  field: Field,
  value: string,
): boolean {
  const v = value.replace(/\s+/g, ' ').trim();
  if (!v) return false;
  if (field === 'date') {
    const date = findDate(v);
    if (!date) return false;
    meeting.date = date;
  } else if (field === 'time') {
    const t = findTimes(v);
    if (!t.start) return false;
    meeting.startTime = t.start;
    meeting.endTime = t.end ?? '';
  } else if (field === 'place') meeting.place = v.slice(0, 500);
  else if (field === 'dnr') meeting.dnr = v.slice(0, 100);
  else if (field === 'placeAndTime') {
    const t = findTimes(v);
    const date = findDate(v);
    if (date && !meeting.date) meeting.date = date;
    if (t.start) meeting.startTime = t.start;
    if (t.end) meeting.endTime = t.end;
    meeting.place = placeWithoutDateAndTime(v).slice(0, 500);
  } else {
    adjustment.date = findDate(v) ?? '';
    adjustment.place = placeWithoutDateAndTime(v).slice(0, 500);
  }
  report.recognised.push({
    sv: `${FIELD_NAMES[field].sv}: ${v.slice(0, 80)}`,
    en: `${FIELD_NAMES[field].en}: ${v.slice(0, 80)}`,
  });
  return true;
}
