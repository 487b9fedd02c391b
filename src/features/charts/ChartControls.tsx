// Per-chart controls: X and Y axis selects, log toggles (disabled with a reason), frontier options, remove.
import { useCallback, useId } from 'react';
import { logDisabledReason } from '../../domain/chart/axis-scale';
import { FIELDS, FIELD_KEYS, isFieldKey } from '../../domain/fields';
import type { AppState } from '../../store/types';
import { useAppStore } from '../../store/store';

interface Props {
  chartId: string;
  /** The smallest x and y plotted (Infinity when nothing is): a log axis needs them above zero. */
  lowest: { x: number; y: number };
}

/** The controls show the live spec at once; the chart itself follows in a deferred render. */
export function ChartControls({ chartId, lowest }: Props) {
  const spec = useAppStore(useCallback((s: AppState) => s.charts.find((c) => c.id === chartId), [chartId]));
  const update = useAppStore((s) => s.updateChart);
  const remove = useAppStore((s) => s.removeChart);
  const chartCount = useAppStore((s) => s.charts.length);
  const id = useId();
  if (!spec) return null;
  const xReason = logDisabledReason(FIELDS[spec.x], lowest.x);
  const yReason = logDisabledReason(FIELDS[spec.y], lowest.y);
  const axisSelect = (axis: 'x' | 'y', label: string) => (
    <label className="control">
      <span>{label}</span>
      <select
        value={spec[axis]}
        onChange={(e) => isFieldKey(e.target.value) && update(spec.id, { [axis]: e.target.value })}
      >
        {FIELD_KEYS.map((k) => <option key={k} value={k}>{FIELDS[k].label}</option>)}
      </select>
    </label>
  );
  const toggle = (key: 'logX' | 'logY' | 'showFrontier', label: string, reason: string | null = null) => (
    <label className={`control control-check${reason ? ' is-disabled' : ''}`} title={reason ?? undefined}>
      <input
        type="checkbox" checked={Boolean(spec[key]) && !reason} disabled={Boolean(reason)}
        aria-describedby={reason ? `${id}-${key}` : undefined}
        onChange={(e) => update(spec.id, { [key]: e.target.checked })}
      />
      <span>{label}</span>
      {reason && <span id={`${id}-${key}`} className="sr-only">{reason}</span>}
    </label>
  );
  return (
    <div className="chart-controls">
      {axisSelect('x', 'X axis')}
      {axisSelect('y', 'Y axis')}
      {toggle('logX', 'Log X', xReason)}
      {toggle('logY', 'Log Y', yReason)}
      {toggle('showFrontier', 'Frontier')}
      {chartCount > 1 && (
        <button type="button" className="btn-ghost" onClick={() => remove(spec.id)} aria-label={`Remove chart`}>
          Remove
        </button>
      )}
    </div>
  );
}
