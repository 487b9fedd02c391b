// A chart's options menu: log scales (unavailable with the reason said), the frontier and which way is better on
// each axis, and removing the chart.
import { useId } from 'react';
import { Popover } from '../../components/ui/Popover';
import { logDisabledReason } from '../../domain/chart/axis-scale';
import { frontierDirections } from '../../domain/chart/frontier';
import { FIELDS } from '../../domain/fields';
import { useAppStore } from '../../store/store';
import type { ChartSpec } from '../../store/view-slice';

interface Props {
  spec: ChartSpec;
  lowest: { x: number; y: number };
}

export function ChartOptions({ spec, lowest }: Props) {
  const update = useAppStore((s) => s.updateChart);
  const remove = useAppStore((s) => s.removeChart);
  const chartCount = useAppStore((s) => s.charts.length);
  const id = useId();
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  const [dx, dy] = frontierDirections(spec);
  const toggle = (key: 'logX' | 'logY' | 'showFrontier', label: string, reason: string | null = null) => (
    <label className={`control-check${reason ? ' is-disabled' : ''}`} title={reason ?? undefined}>
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
    <Popover label={<span aria-hidden="true">⋯</span>} name="Chart options" className="chart-options">
      {toggle('logX', 'Log X', logDisabledReason(x, lowest.x))}
      {toggle('logY', 'Log Y', logDisabledReason(y, lowest.y))}
      {toggle('showFrontier', 'Pareto frontier')}
      {spec.showFrontier && (
        <p className="menu-note">
          Better: {dy} {y.name}, {dx} {x.name}.{' '}
          <button type="button" className="btn-link" onClick={() => update(spec.id, { flipX: !spec.flipX })}>
            Prefer {dx === 'higher' ? 'lower' : 'higher'} {x.name}
          </button>{' · '}
          <button type="button" className="btn-link" onClick={() => update(spec.id, { flipY: !spec.flipY })}>
            Prefer {dy === 'higher' ? 'lower' : 'higher'} {y.name}
          </button>
        </p>
      )}
      {chartCount > 1 && <button type="button" className="btn" onClick={() => remove(spec.id)}>Remove chart</button>}
    </Popover>
  );
}
