import { useEffect, useRef } from 'react';

interface Props {
  onKeepEditing(): void;
  onDiscard(): void;
}

/** Asked before unsaved register edits would be lost (Esc, or another organ's register). */
export function UnsavedRegisterConfirm({ onKeepEditing, onDiscard }: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="error register-unsaved" role="alert">
      <p>Registret har ändringar som inte är sparade.</p>
      <div className="register-actions">
        <button ref={keep} type="button" onClick={onKeepEditing}>
          Fortsätt redigera
        </button>
        <button type="button" onClick={onDiscard}>
          Släng ändringarna
        </button>
      </div>
    </div>
  );
}
