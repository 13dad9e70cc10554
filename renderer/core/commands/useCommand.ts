import { useEffect, useRef } from 'react';
import type { CommandId } from '../../../shared/commands';
import { handleCommand } from './commandBus';

/** Carries out `id` while the component is mounted; the latest handler is always used. */
export function useCommand(id: CommandId, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => handleCommand(id, () => latest.current()), [id]);
}
