// The tooltip for one point: for each axis the value as published, its status, note and source.
import { displayValue, type FieldDef } from '../../domain/fields';
import type { PlotPoint } from '../../domain/plot';

interface Props {
  point: PlotPoint;
  x: FieldDef;
  y: FieldDef;
  dominatedBy: string | undefined;
  onFrontier: boolean;
  left: number;
  top: number;
}

export function ChartTooltip({ point, x, y, dominatedBy, onFrontier, left, top }: Props) {
  return (
    <div className="chart-tooltip" style={{ left, top }}>
      <div className="tt-title">{point.model.name}</div>
      <div className="tt-org">{point.model.organization}</div>
      {[{ f: x, m: point.xm }, { f: y, m: point.ym }].map(({ f, m }) => (
        <div key={f.key} className="tt-field">
          <div><b>{f.label}:</b> {displayValue(f, m)} <span className={`tt-status tt-${m.status}`}>{m.status}</span></div>
          {m.note && <div className="tt-note">{m.note}</div>}
          {m.source && <div className="tt-source">Source: {m.source}</div>}
        </div>
      ))}
      {onFrontier ? <div className="tt-frontier">On the Pareto frontier</div> : dominatedBy && <div className="tt-frontier">Dominated by {dominatedBy}</div>}
    </div>
  );
}
