import { useEffect, useId, useRef, type ReactNode } from 'react';
import { trapTab } from './focusTrap';

interface Props {
  heading: string;
  className: string;
  onClose(): void;
  children: ReactNode;
}

/** A modal that only informs (Om Paragraf, Kortkommandon): its one button, Stäng, has the focus. */
export function InfoDialog({ heading, className, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    close.current?.focus();
  }, []);
  // Close the modal before React removes it, so the focus can go back to the page.
  const finish = () => {
    dialog.current?.close();
    onClose();
  };
  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={`${id}-heading`}
      onCancel={(e) => {
        e.preventDefault();
        finish();
      }}
      onKeyDown={(e) => trapTab(e, dialog.current)}
    >
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
      <div className="dialog-actions">
        <button ref={close} type="button" onClick={finish}>
          Stäng
        </button>
      </div>
    </dialog>
  );
}
