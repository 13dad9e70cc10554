import { useId, type ReactNode } from 'react';

interface Props {
  heading: string;
  /** The part's key, so a part just added can take the focus. */
  partKey?: string;
  onRemove(): void;
  children: ReactNode;
}

/** A titled optional part of an item with its "Ta bort" button after its fields. */
export function PartFrame({ heading, partKey, onRemove, children }: Props) {
  const id = useId();
  return (
    <section className="item-part" aria-labelledby={id} data-part={partKey}>
      <div className="part-head">
        <h4 id={id}>{heading}</h4>
      </div>
      {children}
      {/* After the part's fields, so typing through them never lands on it. */}
      <button
        type="button"
        className="link-button part-remove"
        aria-label={`Ta bort ${heading.toLowerCase()}`}
        onClick={onRemove}
      >
        Ta bort
      </button>
    </section>
  );
}
