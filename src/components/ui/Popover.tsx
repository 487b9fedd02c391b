// A button that opens a small panel of controls under it (the WAI-ARIA disclosure pattern): Escape or a click
// elsewhere closes it, and Escape gives focus back to the button.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** The button's visible content. */
  label: ReactNode;
  /** The button's accessible name, when its content is an icon. */
  name?: string;
  className?: string;
  /** Which edge of the button the panel lines up with. */
  align?: 'start' | 'end';
  children: ReactNode;
}

export function Popover({ label, name, className = '', align = 'end', children }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  return (
    // Escape pressed anywhere inside closes the panel; the controls in it keep their own keys.
    // oxlint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={root} className={`popover ${className}`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button} type="button" className="btn btn-bar" aria-expanded={open} aria-controls={id} aria-label={name}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div id={id} className={`popover-panel popover-${align}`} hidden={!open}>{children}</div>
    </div>
  );
}
