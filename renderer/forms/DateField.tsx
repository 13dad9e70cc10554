import type { WarningLocation } from '../../shared/validation/warning';
import { FormattedField, type Format } from './FormattedField';
import { addDays, addMinutes, readSwedishDate, readSwedishTime } from './swedishDateTime';

/**
 * Chromium's date and time inputs follow the browser's language pack, not the page: without a
 * Swedish one they show mm/dd/yyyy and 12-hour times with AM/PM, which a secretary would misread.
 * These fields are typed the Swedish way whatever the machine's language.
 */
export const DATE_FORMAT: Format = {
  read: readSwedishDate,
  step: (value, direction) => addDays(value, direction),
  placeholder: 'ÅÅÅÅ-MM-DD',
  maxLength: 10,
  help: 'Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2020-12-16.',
  code: 'invalid-date',
  en: 'date',
};

export const TIME_FORMAT: Format = {
  read: readSwedishTime,
  step: (value, direction) => addMinutes(value, direction * 5),
  placeholder: 'TT:MM',
  maxLength: 5,
  help: 'Skriv tiden som TT:MM, t.ex. 09:30.',
  code: 'invalid-time',
  en: 'time',
};

interface Props {
  label: string;
  value: string;
  onValue(value: string): void;
  className?: string;
  name?: string;
  problemAt?: { draftId: string; location: WarningLocation };
}

/** A date as ÅÅÅÅ-MM-DD ("" for none); ↑/↓ step a day. */
export function DateField(props: Props) {
  return <FormattedField {...props} format={DATE_FORMAT} />;
}

/** A time of day as TT:MM, 24-hour ("" for none); ↑/↓ step five minutes. */
export function TimeField(props: Props) {
  return <FormattedField {...props} format={TIME_FORMAT} />;
}
