import { useEffect, useRef } from 'react';

interface Props {
  name: string;
  onRemove(): void;
  onCancel(): void;
}

/** Asked before an own template leaves the list of every secretary sharing the library. */
export function RemoveTemplateConfirm({ name, onRemove, onCancel }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="error" role="alert">
      <p>
        Ta bort mallen ”{name}”? Den visas inte längre under Nytt protokoll för någon som använder
        biblioteket. Filen flyttas till bibliotekets mapp templates/removed.
      </p>
      <div className="templates-actions">
        <button type="button" onClick={onRemove}>
          Ta bort mallen
        </button>
        <button ref={cancel} type="button" onClick={onCancel}>
          Avbryt
        </button>
      </div>
    </div>
  );
}
