import { useEffect, useState } from 'react';
import type { Register } from '../../shared/register/registerSchema';
import { errorText } from '../core/ipc/paragraf';
import { registerClient } from './registerClient';

export interface BodyRegister {
  register: Register | null;
  /** Why the register cannot be used (a damaged file), in Swedish; "" otherwise. */
  error: string;
}

const NONE: BodyRegister = { register: null, error: '' };

/** The body's member register, reloaded whenever a register is saved. */
export function useBodyRegister(body: string): BodyRegister {
  const name = body.trim();
  const [state, setState] = useState<BodyRegister & { for: string }>({ ...NONE, for: '' });
  const [version, setVersion] = useState(0);
  useEffect(() => registerClient.onChanged(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
    if (!name) return;
    let live = true;
    registerClient.load(name).then(
      (register) => live && setState({ register, error: '', for: name }),
      (e: unknown) => live && setState({ register: null, error: errorText(e), for: name }),
    );
    return () => {
      live = false;
    };
  }, [name, version]);
  return name && state.for === name ? state : NONE;
}
