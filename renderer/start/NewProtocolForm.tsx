import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { DraftSummary, TemplateSummary } from '../../shared/ipc/contract';
import { createDraft } from '../core/draft/draftActions';
import { DateField } from '../forms/DateField';
import { suggestFirstNumber } from '../meeting/suggestFirstNumber';
import { filterOptions } from './filterDrafts';

interface Props {
  templates: TemplateSummary[];
  drafts: DraftSummary[];
  /** Changes when the menu asks for a new protokoll: move focus here. */
  focusSignal: number;
}

/**
 * "Nytt protokoll": template, body, date; the first § number follows from the library. "Ny
 * kallelse" starts the same file as a kallelse.
 */
export function NewProtocolForm({ templates, drafts, focusSignal }: Props) {
  const [templateId, setTemplateId] = useState('');
  const [body, setBody] = useState('');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodiesId = useId();
  const chosen = templateId || templates[0]?.id || '';
  const suggestion = suggestFirstNumber(drafts, { body, date });

  useEffect(() => {
    if (focusSignal > 0) headingRef.current?.focus();
  }, [focusSignal]);

  /** A protokoll draft, or a kallelse that becomes the protokoll after the meeting. */
  const create = async (kallelse: boolean) => {
    if (!chosen || busy) return;
    setBusy(true);
    await createDraft({
      templateId: chosen,
      body,
      date,
      firstNumber: suggestion?.number,
      ...(kallelse ? { kallelse } : {}),
    });
    setBusy(false);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void create(false);
  };

  return (
    <section className="panel" aria-labelledby="new-heading">
      <h2 id="new-heading" ref={headingRef} tabIndex={-1}>
        Nytt protokoll
      </h2>
      <form onSubmit={submit}>
        <fieldset className="template-choice">
          <legend>Mall</legend>
          {templates.map((t) => (
            <label key={t.id} className="template-option">
              <input
                type="radio"
                name="template"
                value={t.id}
                checked={chosen === t.id}
                onChange={() => setTemplateId(t.id)}
              />
              <span className="template-name">{t.name}</span>
              <span className="template-description">{t.description}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="new-body">Organ</label>
          <input
            id="new-body"
            list={bodiesId}
            value={body}
            placeholder="t.ex. Kommunstyrelsen"
            onChange={(e) => setBody(e.target.value)}
          />
          <datalist id={bodiesId}>
            {filterOptions(drafts).bodies.map((b) => (
              <option key={b} value={b} />
            ))}
          </datalist>
        </div>
        <DateField label="Sammanträdesdatum" value={date} onValue={setDate} />
        {suggestion && (
          <p className="hint">
            Numreringen fortsätter från {suggestion.previous.date} ({suggestion.previous.itemRange}
            ): första § blir {suggestion.number}.
          </p>
        )}
        <button type="submit" className="primary" disabled={!chosen || busy}>
          Skapa protokoll
        </button>{' '}
        <button type="button" disabled={!chosen || busy} onClick={() => void create(true)}>
          Ny kallelse
        </button>
      </form>
    </section>
  );
}
