// The tooltip for one point: its model and organisation(s) as published, then for each axis the value and what the
// table's tip says of it, and where the model has a price, the price beside the inference cost tier.
import { ValueTip, type TipLines } from '../../components/ui/ValueTip';
import type { PlotPoint } from '../../domain/chart/points';
import { explainValue } from '../../domain/explain-value';
import { displayValue, FIELDS, type FieldDef } from '../../domain/fields';
import { hasPrice, priceLines } from '../../domain/price-summary';

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
  const { model } = point;
  const prices = hasPrice(model) ? priceLines(model) : [];
  const blocks: { title: string; lines: TipLines }[] = [{ f: x, m: point.xm }, { f: y, m: point.ym }].map(({ f, m }) => ({
    title: `${f.label}: ${displayValue(f, m)}`,
    lines: [...explainValue(f, m, model), ...(f.key === 'costTier' ? prices : [])],
  }));
  // A priced model's tier is shown beside its price even when the tier is on neither axis.
  if (prices.length > 0 && x.key !== 'costTier' && y.key !== 'costTier') {
    const tier = FIELDS.costTier.get(model);
    blocks.push({
      title: `${FIELDS.costTier.label}: ${tier.value === null ? 'no tier given' : displayValue(FIELDS.costTier, tier)}`,
      lines: [...(tier.value === null ? [] : explainValue(FIELDS.costTier, tier)), ...prices],
    });
  }
  return (
    <div className="chart-tooltip" style={{ left, top }}>
      <div className="tt-title">{model.name}</div>
      <div className="tt-org">{model.organization}</div>
      {model.highlight && <div className="tt-group">{model.highlight}</div>}
      {blocks.map(({ title, lines }) => (
        <div key={title} className="tt-field"><ValueTip title={title} lines={lines} /></div>
      ))}
      {onFrontier ? <div className="tt-frontier">On the Pareto frontier</div> : dominatedBy && <div className="tt-frontier">Dominated by {dominatedBy}</div>}
    </div>
  );
}
