// A table cell's explanation: a plain-text description that is always there for assistive technology, and a
// styled tooltip built only while the cell is hovered or focused. Built for every cell of every mounted row,
// the tooltips were half of a row's 76 elements, and a scroll step mounts several rows.
import { useId, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { scrollingTableOf } from './scrolling';

/** What a cell explains, as label–value pairs ("Published", "38.4B"); pairs without a value are left out. */
export type TipPairs = readonly (readonly [string, string | undefined])[];

interface Props {
  /** A button when the cell has something to explain that keyboard users should reach (a note, an estimate). */
  focusable: boolean;
  className?: string;
  /** Both the description a screen reader announces and the visible tooltip's lines, built when it opens. */
  pairs: TipPairs;
  children: ReactNode;
}

export function CellTip({ focusable, className, pairs, children }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const classes = `has-tip${focusable ? ' tip-trigger' : ''}${className ? ` ${className}` : ''}${open ? ' tip-open' : ''}`;
  const handlers = {
    // Rows pass under a still pointer while the table scrolls: they open nothing on the way (see ModelsTable).
    onMouseEnter: (e: MouseEvent<HTMLElement>) => {
      if (!scrollingTableOf(e.currentTarget)) setOpen(true);
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
      <span role="tooltip" id={id} hidden>{describePairs(pairs)}</span>
      {open && (
        <span className="tip" aria-hidden="true">
          {pairs.map(([label, value], i) => value && <span key={i} className="tip-row"><b>{label}:</b> {value}</span>)}
        </span>
      )}
    </>
  );
  return focusable
    ? <button type="button" className={classes} aria-describedby={id} {...handlers}>{body}</button>
    // oxlint-disable-next-line jsx-a11y/no-static-element-interactions -- pointer-only reveal of what the description already gives
    : <span className={classes} aria-describedby={id} {...handlers}>{body}</span>;
}

/** "Published: 38.4B. Status: reported. Source: s.csv." from label–value pairs, leaving out the empty ones. */
export function describePairs(pairs: TipPairs): string {
  return pairs.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}${/[.!?]$/.test(v!) ? '' : '.'}`).join(' ');
}
