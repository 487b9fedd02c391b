// The tooltip for one point: its model, then for each axis the value and what the table's tip says of it.
import { ValueTip } from '../../components/ui/ValueTip';
import type { PlotPoint } from '../../domain/chart/points';
import { explainValue } from '../../domain/explain-value';
import { displayValue, type FieldDef } from '../../domain/fields';

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
      {[{ f: x, m: point.xm }, { f: y, m: point.ym }].map(({ f, m }, i) => (
        <div key={i} className="tt-field">
          <ValueTip title={`${f.label}: ${displayValue(f, m)}`} lines={explainValue(f, m, point.model)} />
        </div>
      ))}
      {onFrontier ? <div className="tt-frontier">On the Pareto frontier</div> : dominatedBy && <div className="tt-frontier">Dominated by {dominatedBy}</div>}
    </div>
  );
}
