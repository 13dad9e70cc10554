import { useEffect, useState } from 'react';
import type { RegisterSummary } from '../../shared/register/registerTypes';
import { errorText } from '../core/ipc/paragraf';
import { registerClient } from './registerClient';
import { openRegister } from './registerRequests';

/** The start screen's Ledamotsregister: each body's register, and a new one. */
export function RegisterList() {
  const [registers, setRegisters] = useState<RegisterSummary[]>([]);
  const [error, setError] = useState('');
  const [version, setVersion] = useState(0);
  useEffect(() => registerClient.onChanged(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
    let live = true;
    registerClient.list().then(
      (list) => live && (setRegisters(list), setError('')),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return (
    <section className="panel" aria-labelledby="registers-heading">
      <h2 id="registers-heading">Ledamotsregister</h2>
      <p className="hint">
        Ledamöter och ersättare per organ, med mandatperiod och inkallelseordning. Nya protokoll för
        organet börjar med ledamöterna som tjänstgörande.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {registers.length > 0 && (
        <ul className="register-bodies">
          {registers.map((r) => (
            <li key={r.body}>
              {r.damaged ? (
                <span className="error">{r.body}: filen kan inte läsas och har lämnats orörd.</span>
              ) : (
                <button type="button" className="link-button" onClick={() => openRegister(r.body)}>
                  {r.body}: {r.ledamoter} ledamöter, {r.ersattare} ersättare
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => openRegister('')}>
        Nytt ledamotsregister…
      </button>
    </section>
  );
}
