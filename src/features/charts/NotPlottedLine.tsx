// "Not plotted": names each model without a value on an axis, and why — nothing disappears silently.
import type { NotPlotted } from '../../domain/chart/points';

const SHOW_AT_MOST = 12;

export function NotPlottedLine({ items }: { items: readonly NotPlotted[] }) {
  if (items.length === 0) return <p className="not-plotted">Not plotted: none — every visible model has both values.</p>;
  const shown = items.slice(0, SHOW_AT_MOST);
  return (
    <p className="not-plotted">
      <span className="not-plotted-label">Not plotted ({items.length}):</span>{' '}
      {shown.map((n, i) => (
        <span key={n.model.id}>
          {i > 0 && '; '}
          <span className="np-name">{n.model.name}</span> — {n.reason}
        </span>
      ))}
      {items.length > SHOW_AT_MOST && `; and ${items.length - SHOW_AT_MOST} more`}
    </p>
  );
}
