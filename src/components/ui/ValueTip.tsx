// The one tooltip for a value, in the table and in the charts: label–value lines, drawn as a styled box; a table
// cell also keeps them as a description for assistive technology.
import { useEffect, useId, useState, type ReactNode } from 'react';

/** Label–value pairs; a pair without a value is left out. */
export type TipLines = readonly (readonly [string, string | undefined])[];

const shown = (lines: TipLines) => lines.filter((l): l is readonly [string, string] => Boolean(l[1]));
const sentence = (v: string) => (/[.!?]$/.test(v) ? v : `${v}.`);

/** "Published: 38.4B. Status: reported." from the lines, leaving out the empty ones. */
export function describeLines(lines: TipLines): string {
  return shown(lines).map(([k, v]) => `${k}: ${sentence(v)}`).join(' ');
}

interface ValueTipProps {
  lines: TipLines;
  /** A first line in bold, above the pairs (a chart names the axis and the value). */
  title?: string;
  hidden?: boolean;
}

/** The styled box. */
export function ValueTip({ lines, title, hidden }: ValueTipProps) {
  return (
    <span className="tip" aria-hidden={hidden || undefined}>
      {title && <span className="tip-title">{title}</span>}
      {shown(lines).map(([k, v], i) => (
        <span key={i} className="tip-row"><b>{k}:</b> {sentence(v)}</span>
      ))}
    </span>
  );
}

interface WithTipProps {
  lines: TipLines;
  className?: string;
  children: ReactNode;
}

/**
 * Content that explains itself: its tip opens while the pointer is over it and Escape closes it (WCAG 1.4.13).
 * Keyboard and screen-reader users get the same lines as its description; a table reaches them through one notes
 * button per row rather than a Tab stop per value.
 */
export function WithTip({ lines, className = '', children }: WithTipProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const dismiss = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', dismiss);
    return () => document.removeEventListener('keydown', dismiss);
  }, [open]);
  const classes = `has-tip${open ? ' tip-open' : ''}${className ? ` ${className}` : ''}`;
  // The description is always there, one hidden sentence; the box is drawn only while open, and hidden from
  // assistive technology, which has the description already.
  return (
    // oxlint-disable-next-line jsx-a11y/no-static-element-interactions
    <span className={classes} aria-describedby={id} onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      {children}
      <span role="tooltip" id={id} hidden>{describeLines(lines)}</span>
      {open && <ValueTip lines={lines} hidden />}
    </span>
  );
}
