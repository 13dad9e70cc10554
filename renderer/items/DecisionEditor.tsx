import { useId } from 'react';
import type { Decision } from '../../shared/protocol/item';
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
}

/** An intro line ("Kommunstyrelsen beslutar") followed by the att-satser. */
export function DecisionEditor(props: Props) {
  const { heading, introLabel, attLabel, decision, onChange, onRemove, removeLabel } = props;
  const headingId = useId();
  return (
    <section className="item-part decision" aria-labelledby={headingId}>
      <div className="part-head">
        <h4 id={headingId}>{heading}</h4>
        {onRemove && (
          <button type="button" className="link-button" onClick={onRemove}>
            {removeLabel ?? 'Ta bort'}
          </button>
        )}
      </div>
      <input
        className="decision-intro"
        aria-label={introLabel}
        value={decision.intro}
        onChange={(e) => onChange({ ...decision, intro: e.target.value })}
      />
      <AttSatsEditor
        labelPrefix={attLabel}
        attSatser={decision.attSatser}
        onChange={(attSatser) => onChange({ ...decision, attSatser })}
      />
    </section>
  );
}
