import { useEffect, useRef } from 'react';
import type { WarningLocation } from '../../shared/validation/validateProtocol';
import { useValidationEntries } from './useValidationEntries';
import { entryId, type ValidationEntry } from './validationEntries';
import { registerWarningNavigator } from './warningNavigator';
import './validation.css';

export interface WarningListProps {
  entries: readonly ValidationEntry[];
  onNavigate(location: WarningLocation): void;
}

/** Warnings as buttons that go to their place; shared by the panel and the export dialog. */
export function WarningList({ entries, onNavigate }: WarningListProps) {
  return (
    <ul className="validation-list">
      {entries.map((entry, index) => (
        <li key={entryId(entry, index)}>
          <button
            type="button"
            className="validation-link"
            onClick={() => onNavigate(entry.warning.location)}
          >
            <span className="validation-place">{entry.place}</span>
            <span className="validation-text">{entry.warning.sv}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export interface ValidationPanelProps {
  /** Shows the place in the editor; the app switches section and focuses the field. */
  onNavigate(location: WarningLocation): void;
}

/** "Att kontrollera": the live warnings of the open draft, each a link to its place. */
export function ValidationPanel({ onNavigate }: ValidationPanelProps) {
  const entries = useValidationEntries();
  const latest = useRef(onNavigate);
  useEffect(() => {
    latest.current = onNavigate;
  });
  useEffect(() => registerWarningNavigator((location) => latest.current(location)), []);
  return (
    <section className="validation-panel" aria-labelledby="validation-heading">
      <h2 id="validation-heading" className="validation-heading">
        Att kontrollera <span className="validation-count">{entries.length}</span>
      </h2>
      {entries.length === 0 ? (
        <p className="validation-ok">Inga varningar.</p>
      ) : (
        <WarningList entries={entries} onNavigate={onNavigate} />
      )}
    </section>
  );
}
