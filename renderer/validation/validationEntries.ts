import type { Protocol } from '../../shared/protocol/protocol';
import { describer } from '../../shared/validation/describe';
import { fieldProblems } from '../core/state/fieldProblems';
import {
  validateProtocol,
  type ValidationWarning,
  type WarningLocation,
} from '../../shared/validation/validateProtocol';

/** A warning with the Swedish name of the place it points to ("§ 47 Budget", "Närvaro: Anna"). */
export interface ValidationEntry {
  warning: ValidationWarning;
  place: string;
}

/** The editor section a warning's place is shown in. */
export type WarningSection = 'meeting' | 'attendance' | 'items' | 'signatures';

export function sectionOfLocation(location: WarningLocation): WarningSection {
  switch (location.kind) {
    case 'item':
      return 'items';
    case 'person':
      return 'attendance';
    case 'signature':
    case 'notice':
      return 'signatures';
    default:
      return 'meeting';
  }
}

function placeOf(location: WarningLocation, describe: ReturnType<typeof describer>): string {
  switch (location.kind) {
    case 'item':
      return location.id ? describe.item(location.id) : 'Ärenden';
    case 'person':
      return location.id ? `Närvaro: ${describe.person(location.id)}` : 'Närvaro';
    case 'signature':
      return 'Underskrifter';
    case 'notice':
      return 'Anslag';
    default:
      return 'Mötesuppgifter';
  }
}

/** Runs the shared validation, adds what fields could not store, and names each warning's place. */
export function validationEntries(protocol: Protocol): ValidationEntry[] {
  const describe = describer(protocol);
  // What a field could not store comes first: the draft holds an older value meanwhile.
  const warnings = [...fieldProblems.of(protocol.id), ...validateProtocol(protocol)];
  return warnings.map((warning) => ({
    warning,
    place: placeOf(warning.location, describe),
  }));
}

const entryKey = (e: ValidationEntry) =>
  `${e.warning.code}|${e.warning.location.kind}|${e.warning.location.id ?? ''}|${e.warning.location.field ?? ''}|${e.place}|${e.warning.sv}`;

/** True when two lists show the same warnings, so the panel need not re-render. */
export function sameEntries(a: readonly ValidationEntry[], b: readonly ValidationEntry[]): boolean {
  return a.length === b.length && a.every((e, i) => entryKey(e) === entryKey(b[i]!));
}

export function entryId(entry: ValidationEntry, index: number): string {
  return `${index}:${entryKey(entry)}`;
}
