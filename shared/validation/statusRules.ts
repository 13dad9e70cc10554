import { isEditableStatus, type Protocol } from '../protocol/protocol';
import { warning, type ValidationWarning } from './warning';

/** A justerat (or publicerat) protokoll must say when it was justerat and by whom. */
export function statusRules(p: Protocol): ValidationWarning[] {
  if (isEditableStatus(p.status)) return [];
  const out: ValidationWarning[] = [];
  if (p.signatures.adjustmentDate === '') {
    out.push(
      warning(
        'adjusted-without-date',
        { kind: 'signature', field: 'adjustmentDate' },
        'Protokollet är markerat som justerat men saknar justeringsdatum.',
        'the protocol is marked as adjusted (justerat) but has no adjustment date',
      ),
    );
  }
  if (p.signatures.adjusters.length === 0) {
    out.push(
      warning(
        'adjusted-without-adjuster',
        { kind: 'signature', field: 'adjusters' },
        'Protokollet är markerat som justerat men ingen justerare är utsedd.',
        'the protocol is marked as adjusted (justerat) but names no adjuster',
      ),
    );
  }
  return out;
}
