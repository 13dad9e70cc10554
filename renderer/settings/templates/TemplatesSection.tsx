import { useId } from 'react';

/** The Inställningar dialog's way into Mallar. */
export function TemplatesSection({ onOpen }: { onOpen(): void }) {
  const id = useId();
  return (
    <fieldset className="settings-templates" aria-describedby={`${id}-hint`}>
      <legend>Mallar</legend>
      <p id={`${id}-hint`} className="hint">
        Egna mallar med organisationens namn, logotyp och ord sparas i biblioteket, så att alla som
        använder det ser dem.
      </p>
      <button type="button" onClick={onOpen}>
        Mallar…
      </button>
    </fieldset>
  );
}
