import { useEffect, useRef } from 'react';

interface Props {
  /** What has unsaved changes, e.g. "Registret har ändringar som inte är sparade." */
  message: string;
  /** Classes of the row of buttons, as the dialog lays out its other actions. */
  actionsClassName: string;
  onKeepEditing(): void;
  onDiscard(): void;
}

/**
 * Asked before unsaved edits in a dialog would be lost. "Fortsätt redigera" takes the focus, so
 * the question scrolls into sight wherever the secretary was in a long dialog.
 */
export function UnsavedChangesConfirm({
  message,
  actionsClassName,
  onKeepEditing,
  onDiscard,
}: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="error" role="alert">
      <p>{message}</p>
      <div className={actionsClassName}>
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
