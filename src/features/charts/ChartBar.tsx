// A chart's one slim bar: its axes picked in its title, as Our World in Data's grapher does ("MMLU ▾ vs
// Parameters ▾"), then a menu for the chart's options and one for its export.
import { useCallback, useMemo, type ReactNode } from 'react';
import { prefersLog } from '../../domain/chart/default-charts';
import { FIELDS, FIELD_KEYS, isFieldKey } from '../../domain/fields';
import { useAllModels, useFieldsWithValues } from '../../store/derived';
import type { AppState } from '../../store/types';
import { useAppStore } from '../../store/store';
import { ChartOptions } from './ChartOptions';

interface Props {
  chartId: string;
  /** The smallest x and y plotted (Infinity when nothing is): a log axis needs them above zero. */
  lowest: { x: number; y: number };
  /** The export menu, which needs what the chart drew. */
  exportMenu: ReactNode;
}

/** The bar shows the live spec at once; the chart itself follows in a deferred render. */
export function ChartBar({ chartId, lowest, exportMenu }: Props) {
  const spec = useAppStore(useCallback((s: AppState) => s.charts.find((c) => c.id === chartId), [chartId]));
  const update = useAppStore((s) => s.updateChart);
  const models = useAllModels();
  // Fields no model here has are offered apart, so a pick that would draw an empty chart says so first (once
  // known: until then every field is listed together).
  const has = useFieldsWithValues();
  const [withValues, without] = useMemo(() => (has ? [FIELD_KEYS.filter((k) => has.has(k)), FIELD_KEYS.filter((k) => !has.has(k))] : [FIELD_KEYS, []]), [has]);
  if (!spec) return null;
  // A newly picked field gets the scale that suits its values (a percentage is never left on a log scale).
  const choose = (axis: 'x' | 'y', key: string) => {
    if (!isFieldKey(key)) return;
    const other = axis === 'x' ? spec.y : spec.x;
    if (key === other) update(spec.id, { [axis]: key }); // a swap keeps each field's scale
    else update(spec.id, { [axis]: key, [axis === 'x' ? 'logX' : 'logY']: prefersLog(FIELDS[key], models) });
  };
  const pick = (axis: 'x' | 'y') => (
    <select
      className="axis-pick" aria-label={axis === 'x' ? 'X axis' : 'Y axis'} value={spec[axis]}
      onChange={(e) => choose(axis, e.target.value)}
    >
      {withValues.map((k) => <option key={k} value={k}>{FIELDS[k].label}</option>)}
      {without.length > 0 && (
        <optgroup label="No values in this dataset">
          {without.map((k) => <option key={k} value={k}>{FIELDS[k].label}</option>)}
        </optgroup>
      )}
    </select>
  );
  return (
    <div className="chart-bar">
      <div className="chart-picks">
        {pick('y')}<span className="chart-vs" aria-hidden="true">vs</span>{pick('x')}
      </div>
      <div className="chart-menus">
        <ChartOptions spec={spec} lowest={lowest} />
        {exportMenu}
      </div>
    </div>
  );
}
