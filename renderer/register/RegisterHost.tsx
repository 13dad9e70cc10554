import { useEffect, useState } from 'react';
import { useCommand } from '../core/commands';
import { draftStore } from '../core/state/draftStore';
import { RegisterDialog } from './RegisterDialog';
import { onOpenRegister } from './registerRequests';

interface Open {
  body: string;
  returnFocus: HTMLElement | null;
}

/** Shows the Ledamotsregister on Arkiv › Ledamotsregister… or a button asking for a body's. */
export function RegisterHost() {
  const [open, setOpen] = useState<Open | null>(null);
  const show = (body: string) => {
    const active = document.activeElement;
    setOpen({ body, returnFocus: active instanceof HTMLElement ? active : null });
  };
  useCommand('member-register', () => show(draftStore.get()?.meeting.body ?? ''));
  useEffect(() => onOpenRegister(show), []);
  if (!open) return null;
  return (
    <RegisterDialog
      initialBody={open.body}
      onClose={() => {
        setOpen(null);
        open.returnFocus?.focus();
      }}
    />
  );
}
