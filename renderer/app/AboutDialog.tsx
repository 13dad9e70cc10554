import { useEffect, useRef } from 'react';

/** Hjälp › Om Paragraf: what the app is, its version and the licences of what it ships. */
export function AboutDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    close.current?.focus();
  }, []);
  const finish = () => {
    dialog.current?.close();
    onClose();
  };
  return (
    <dialog
      ref={dialog}
      className="status-dialog about-dialog"
      aria-labelledby="about-heading"
      onCancel={(e) => {
        e.preventDefault();
        finish();
      }}
    >
      <h2 id="about-heading">Om Paragraf</h2>
      <p>Paragraf {__PARAGRAF_VERSION__}</p>
      <p>
        Skriv protokoll för nämnder, styrelser och föreningar: från mall till justerat protokoll,
        PDF och Word. Paragraf fungerar helt utan internet; dina utkast sparas bara på den här
        datorn.
      </p>
      <p>Licens: MIT. Typsnittet Liberation Sans följer med under SIL Open Font License 1.1.</p>
      <div className="dialog-actions">
        <button ref={close} type="button" onClick={finish}>
          Stäng
        </button>
      </div>
    </dialog>
  );
}
