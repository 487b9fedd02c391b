// "Not plotted": how many visible models a chart cannot place, why, and the first few by name; nothing disappears
// silently, and a long list never outgrows the plot. The full list is one click away.
import type { NotPlotted } from '../../domain/chart/points';
import { notPlottedSummary } from '../../domain/export/describe-view';
import type { FieldDef } from '../../domain/fields';

/** Up to this many, every model left out is listed with its reason under the summary. */
const LIST_UP_TO = 200;

export function NotPlottedLine({ items, x, y }: { items: readonly NotPlotted[]; x: FieldDef; y: FieldDef }) {
  const summary = notPlottedSummary(items, x, y);
  if (!summary) return null;
  if (items.length > LIST_UP_TO || items.length <= 3) return <p className="not-plotted">{summary}.</p>;
  return (
    <details className="not-plotted">
      <summary>{summary}.</summary>
      <ul>{items.map((n) => <li key={n.model.id}><span className="np-name">{n.model.name}</span> — {n.reason}</li>)}</ul>
    </details>
  );
}
