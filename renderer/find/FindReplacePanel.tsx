import { useEffect, useMemo, useRef, useState } from 'react';
import { findMatches, replaceAll } from '../../shared/protocol/findReplace';
import type { WarningLocation } from '../../shared/validation/warning';
import { announceUndoable } from '../core/draft/useStructureUndo';
import { useDraft } from '../core/state/draftStore';
import { structuralEdit } from '../core/state/structureHistory';
import './find.css';

interface Props {
  /** Which field takes the focus when the panel opens (Ctrl+F: Sök; Ctrl+H: Ersätt med). */
  focus: 'find' | 'replace';
  /** Changes each time the panel is asked for again, to move the focus back into it. */
  signal: number;
  onShow(location: WarningLocation): void;
  onClose(): void;
}

/**
 * Sök och ersätt across the whole protokoll: attendance, titles, texts, proposals, decisions and
 * parts. Nästa / Föregående show each place (the focus stays here, so Enter goes on); Ersätt alla
 * replaces every occurrence in one step that Ångra takes back.
 */
export function FindReplacePanel({ focus, signal, onShow, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [at, setAt] = useState(-1);
  const findRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);
  const items = useDraft((d) => d.items);
  const people = useDraft((d) => d.attendance.people);
  const matches = useMemo(
    () => (items && people ? findMatches({ items, attendance: { people } }, query) : []),
    [items, people, query],
  );
  const total = matches.reduce((n, m) => n + m.count, 0);

  useEffect(() => {
    (focus === 'replace' ? replaceRef : findRef).current?.focus();
  }, [focus, signal]);

  const go = (step: 1 | -1) => {
    if (matches.length === 0) return;
    const next = (at + step + matches.length) % matches.length;
    setAt(next);
    onShow(matches[next]!.location);
  };
  const replaceEverywhere = () => {
    let replaced = 0;
    structuralEdit('Ersättningen', (d) => {
      const r = replaceAll(d, query, replacement);
      replaced = r.count;
      return r.protocol;
    });
    if (replaced > 0) announceUndoable(`${replaced} förekomster ersattes`);
    setAt(-1);
  };

  const status =
    query === ''
      ? ''
      : total === 0
        ? 'Hittades inte'
        : `${total} förekomster på ${matches.length} ställen${at >= 0 ? ` · ställe ${at + 1}` : ''}`;

  return (
    <div className="find-panel" role="dialog" aria-label="Sök och ersätt">
      <label>
        Sök
        <input
          ref={findRef}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setAt(-1);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') return onClose();
            if (e.key !== 'Enter') return;
            e.preventDefault();
            go(e.shiftKey ? -1 : 1);
          }}
        />
      </label>
      <label>
        Ersätt med
        <input
          ref={replaceRef}
          value={replacement}
          onChange={(e) => setReplacement(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onClose()}
        />
      </label>
      <div className="find-buttons">
        <button type="button" disabled={total === 0} onClick={() => go(-1)}>
          Föregående
        </button>
        <button type="button" disabled={total === 0} onClick={() => go(1)}>
          Nästa
        </button>
        <button type="button" disabled={total === 0} onClick={replaceEverywhere}>
          Ersätt alla
        </button>
        <button type="button" onClick={onClose}>
          Stäng
        </button>
      </div>
      <p className="find-status" role="status">
        {status}
      </p>
    </div>
  );
}
