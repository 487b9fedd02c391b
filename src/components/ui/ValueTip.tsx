// The one tooltip for a value, in the table and in the charts: label–value lines, drawn as a styled box; a table
// cell also keeps them as a description for assistive technology.
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

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
  /** A button (a tab stop) when keyboard users should reach the explanation; else a plain span. */
  focusable: boolean;
  className?: string;
  children: ReactNode;
}

/** Content that explains itself: its tip opens on hover or focus and Escape closes it (WCAG 1.4.13). */
export function WithTip({ lines, focusable, className = '', children }: WithTipProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const events = {
    onMouseEnter: () => setOpen(true),
    onMouseLeave: () => setOpen(false),
    onFocus: () => setOpen(true),
    onBlur: () => setOpen(false),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !open) return;
      e.stopPropagation();
      setOpen(false);
    },
  };
  const classes = `has-tip${open ? ' tip-open' : ''}${className ? ` ${className}` : ''}`;
  // The description is always there, one hidden sentence; the box is drawn only while open, and hidden from
  // assistive technology, which has the description already (and would read it into a button's name).
  const tip = (
    <>
      <span role="tooltip" id={id} hidden>{describeLines(lines)}</span>
      {open && <ValueTip lines={lines} hidden />}
    </>
  );
  if (focusable) {
    return <button type="button" className={`${classes} tip-trigger`} aria-describedby={id} {...events}>{children}{tip}</button>;
  }
  // Hover opens it for pointer users; the description reaches assistive technology without a tab stop.
  // oxlint-disable-next-line jsx-a11y/no-static-element-interactions
  return <span className={classes} aria-describedby={id} {...events}>{children}{tip}</span>;
}
