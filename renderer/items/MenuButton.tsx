import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuChoice {
  key: string;
  label: string;
  /** Second line in the menu, e.g. where a standard item goes. */
  hint?: string;
  disabled?: boolean;
}

interface Props {
  label: string;
  /** When the visible label is not unique on the page, e.g. "Lägg till i § 46". */
  accessibleName?: string;
  choices: readonly MenuChoice[];
  onChoose(key: string): void;
  className?: string;
}

/** A button that opens a menu (WAI-ARIA menu button): arrows move, Enter chooses, Escape closes. */
export function MenuButton({ label, accessibleName, choices, onChoose, className }: Props) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    // An open menu overflows its item: the item lifts its containment while it is open.
    const item = buttonRef.current?.closest('.item');
    item?.classList.toggle('menu-open', open);
    if (!open) buttonRef.current?.parentElement?.classList.remove('opens-up');
    if (!open) return;
    const box = menuRef.current?.getBoundingClientRect();
    const below = window.innerHeight - (buttonRef.current?.getBoundingClientRect().bottom ?? 0);
    const above = buttonRef.current?.getBoundingClientRect().top ?? 0;
    if (box && box.height > below && above > below) {
      menuRef.current?.parentElement?.classList.add('opens-up');
    }
    menuRef.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const close = (e: MouseEvent) => {
      if (!menuRef.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const onMenuKey = (e: KeyboardEvent) => {
    const buttons = [
      ...(menuRef.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
    ];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0 && buttons.length > 0) {
      e.preventDefault();
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  return (
    <div className={`menu-button ${className ?? ''}`}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-label={accessibleName}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {open && (
        <ul
          id={menuId}
          role="menu"
          aria-label={accessibleName ?? label}
          ref={menuRef}
          onKeyDown={onMenuKey}
        >
          {choices.map((c) => (
            <li key={c.key} role="none">
              <button
                type="button"
                role="menuitem"
                disabled={c.disabled}
                onClick={() => {
                  setOpen(false);
                  buttonRef.current?.focus();
                  onChoose(c.key);
                }}
              >
                <span>{c.label}</span>
                {c.hint && <small>{c.hint}</small>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
