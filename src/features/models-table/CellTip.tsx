// A table cell's explanation: a plain-text description that is always there for assistive technology, and a
// styled tooltip built only while the cell is hovered or focused. Built for every cell of every mounted row,
// the tooltips were half of a row's 76 elements, and a scroll step mounts several rows.
import { useId, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

interface Props {
  /** A button when the cell has something to explain that keyboard users should reach (a note, an estimate). */
  focusable: boolean;
  className?: string;
  /** What a screen reader announces as the cell's description. */
  description: string;
  /** The visible tooltip's content, built when it opens. */
  renderTip: () => ReactNode;
  children: ReactNode;
}

export function CellTip({ focusable, className, description, renderTip, children }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const classes = `has-tip${focusable ? ' tip-trigger' : ''}${className ? ` ${className}` : ''}${open ? ' tip-open' : ''}`;
  const handlers = {
    // Rows pass under a still pointer while the table scrolls: they open nothing on the way (see ModelsTable).
    onMouseEnter: (e: MouseEvent<HTMLElement>) => {
      if (!e.currentTarget.closest('[data-scrolling]')) setOpen(true);
    },
    onMouseLeave: () => setOpen(false),
    onFocus: () => setOpen(true),
    onBlur: () => setOpen(false),
    // Dismissible without moving the pointer or focus (WCAG 1.4.13).
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Escape' && open) {
        e.stopPropagation();
        setOpen(false);
      }
    },
  };
  const body = (
    <>
      {children}
      <span role="tooltip" id={id} hidden>{description}</span>
      {open && <span className="tip" aria-hidden="true">{renderTip()}</span>}
    </>
  );
  return focusable
    ? <button type="button" className={classes} aria-describedby={id} {...handlers}>{body}</button>
    // oxlint-disable-next-line jsx-a11y/no-static-element-interactions -- pointer-only reveal of what the description already gives
    : <span className={classes} aria-describedby={id} {...handlers}>{body}</span>;
}

/** "Published: 38.4B. Status: reported. Source: s.csv." from label–value pairs, leaving out the empty ones. */
export function describePairs(pairs: readonly (readonly [string, string | undefined])[]): string {
  return pairs.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}${/[.!?]$/.test(v!) ? '' : '.'}`).join(' ');
}
