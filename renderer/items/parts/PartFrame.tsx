import { useId, type ReactNode } from 'react';

interface Props {
  heading: string;
  onRemove(): void;
  children: ReactNode;
}

/** A titled optional part of an item with its "Ta bort" button. */
export function PartFrame({ heading, onRemove, children }: Props) {
  const id = useId();
  return (
    <section className="item-part" aria-labelledby={id}>
      <div className="part-head">
        <h4 id={id}>{heading}</h4>
        <button
          type="button"
          className="link-button"
          aria-label={`Ta bort ${heading.toLowerCase()}`}
          onClick={onRemove}
        >
          Ta bort
        </button>
      </div>
      {children}
    </section>
  );
}
