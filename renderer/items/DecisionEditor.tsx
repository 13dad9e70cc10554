import { useId, type ClipboardEvent } from 'react';
import type { Decision } from '../../shared/protocol/item';
import { plainTextToAttSatser } from '../paste/plainTextToRichText';
import { AttSatsEditor } from './AttSatsEditor';

interface Props {
  heading: string;
  /** Accessible name of the intro line, e.g. "Beslutsinledning". */
  introLabel: string;
  /** Accessible name prefix of the att-satser, e.g. "Att-sats". */
  attLabel: string;
  decision: Decision;
  onChange(next: Decision): void;
  onRemove?: () => void;
  removeLabel?: string;
  /** The item's field this edits ("decision", "proposal"), for warnings that point here. */
  field: string;
}

/** An intro line ("Kommunstyrelsen beslutar") followed by the att-satser. */
export function DecisionEditor(props: Props) {
  const { heading, introLabel, attLabel, decision, onChange, onRemove, removeLabel, field } = props;
  const headingId = useId();
  // A whole decision pasted into the intro line: its intro replaces the line, its att-satser
  // are added after those already written.
  const onIntroPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!/\n\s*\S/.test(text.trim())) return;
    const pasted = plainTextToAttSatser(text);
    if (pasted.attSatser.length === 0) return;
    e.preventDefault();
    const kept = decision.attSatser.filter((a) => a.trim() !== '');
    onChange({
      intro: pasted.intro || decision.intro,
      attSatser: [...kept, ...pasted.attSatser],
    });
  };
  return (
    <section className="item-part decision" aria-labelledby={headingId} data-part={field}>
      <div className="part-head">
        <h4 id={headingId}>{heading}</h4>
      </div>
      <input
        className="decision-intro"
        aria-label={introLabel}
        data-field={`${field}.intro`}
        value={decision.intro}
        onChange={(e) => onChange({ ...decision, intro: e.target.value })}
        onPaste={onIntroPaste}
      />
      <AttSatsEditor
        labelPrefix={attLabel}
        field={`${field}.attSatser`}
        attSatser={decision.attSatser}
        onChange={(attSatser, intro) =>
          onChange({ ...decision, attSatser, ...(intro ? { intro } : {}) })
        }
      />
      {/* After the att-satser: Tab from the item's text reaches the intro, not this. */}
      {onRemove && (
        <button type="button" className="link-button part-remove" onClick={onRemove}>
          {removeLabel ?? 'Ta bort'}
        </button>
      )}
    </section>
  );
}
