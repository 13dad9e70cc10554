import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { DraftSummary, TemplateSummary } from '../../shared/ipc/contract';
import { createDraft } from '../core/draft/draftActions';
import { saveNow } from '../core/draft/session';
import { fillAttendanceFromRegister } from '../register/registerClient';
import { DateField } from '../forms/DateField';
import { readSwedishDate } from '../forms/swedishDateTime';
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
  const [refusal, setRefusal] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodiesId = useId();
  const chosen = templateId || templates[0]?.id || '';
  const suggestion = suggestFirstNumber(drafts, { body, date });

  useEffect(() => {
    if (focusSignal > 0) headingRef.current?.focus();
  }, [focusSignal]);

  /** A protokoll draft, or a kallelse that becomes the protokoll after the meeting. */
  const create = async (kallelse: boolean, form: HTMLFormElement | null) => {
    if (!chosen || busy) return;
    // The text as typed, not the last date that was valid while typing it.
    const input = form?.elements.namedItem('date');
    const typed = input instanceof HTMLInputElement ? input.value : date;
    const reading = readSwedishDate(typed);
    if (typed.trim() !== '' && reading.kind !== 'value') {
      setRefusal(
        reading.kind === 'nonexistent'
          ? `${kallelse ? 'Kallelsen' : 'Protokollet'} skapades inte: ${reading.shown} finns inte.`
          : `${kallelse ? 'Kallelsen' : 'Protokollet'} skapades inte: skriv datumet som ÅÅÅÅ-MM-DD.`,
      );
      if (input instanceof HTMLInputElement) input.focus();
      return;
    }
    setRefusal('');
    setBusy(true);
    const chosenDate = reading.kind === 'value' ? reading.value : '';
    const created = await createDraft({
      templateId: chosen,
      body,
      date: chosenDate,
      firstNumber: suggestion?.number,
      ...(kallelse ? { kallelse } : {}),
    });
    // After the date is set: the register lists only the ledamöter whose term covers it.
    if (created && (await fillAttendanceFromRegister())) await saveNow();
    setBusy(false);
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void create(false, e.currentTarget);
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
              <span className="template-name">
                {t.name}
                {t.own && <span className="template-own"> (egen mall)</span>}
              </span>
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
        <DateField label="Sammanträdesdatum" name="date" value={date} onValue={setDate} />
        {suggestion && (
          <p className="hint">
            Numreringen fortsätter från {suggestion.previous.date} ({suggestion.previous.itemRange}
            ): första § blir {suggestion.number}.
          </p>
        )}
        <button type="submit" className="primary" disabled={!chosen || busy}>
          Skapa protokoll
        </button>{' '}
        <button
          type="button"
          disabled={!chosen || busy}
          onClick={(e) => void create(true, e.currentTarget.form)}
        >
          Ny kallelse
        </button>
        {refusal && (
          <p className="hint error" role="alert">
            {refusal}
          </p>
        )}
      </form>
    </section>
  );
}
