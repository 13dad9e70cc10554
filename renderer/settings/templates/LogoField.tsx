import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { Branding } from '../../../shared/template/branding';
import { logoFromFile } from './logoFile';

interface Props {
  branding: Branding;
  onChange(branding: Branding): void;
}

/**
 * The header logo: a Swedish "Välj logotyp…" button in place of the browser's file field (whose
 * "Choose File / No file chosen" follows the computer's language), the chosen logo and its removal.
 */
export function LogoField({ branding, onChange }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const choose = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState('');

  const chosen = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError('');
    try {
      onChange({ ...branding, logo: { png: await logoFromFile(file) } });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Logotypen kunde inte läsas.');
    }
  };
  const remove = () => {
    const { logo: _removed, ...rest } = branding;
    onChange(rest);
    choose.current?.focus();
  };

  return (
    <div className="field">
      <label htmlFor={`${id}-file`} id={`${id}-label`}>
        Logotyp i sidhuvudet (PNG eller SVG)
      </label>
      <input
        id={`${id}-file`}
        ref={input}
        className="visually-hidden"
        type="file"
        tabIndex={-1}
        accept=".png,.svg,image/png,image/svg+xml"
        onChange={(e) => void chosen(e)}
      />
      <div className="template-logo">
        <button
          ref={choose}
          type="button"
          aria-describedby={`${id}-label`}
          onClick={() => input.current?.click()}
        >
          {branding.logo ? 'Byt logotyp…' : 'Välj logotyp…'}
        </button>
        {branding.logo ? (
          <>
            <img src={`data:image/png;base64,${branding.logo.png}`} alt="Vald logotyp" />
            <button type="button" onClick={remove}>
              Ta bort logotypen
            </button>
          </>
        ) : (
          <span className="hint">Ingen logotyp vald.</span>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
