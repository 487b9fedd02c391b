// Says which way the frontier counts as "better" on each axis, and lets the user flip either.
import { FIELDS } from '../../domain/fields';
import { frontierDirections } from '../../domain/chart/frontier';
import { useAppStore } from '../../store/store';
import type { ChartSpec } from '../../store/view-slice';

export function FrontierDirection({ spec }: { spec: ChartSpec }) {
  const update = useAppStore((s) => s.updateChart);
  const [dx, dy] = frontierDirections(spec);
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  return (
    <p className="frontier-direction">
      <span className="frontier-key" aria-hidden="true" /> Pareto frontier of the visible models: {dy} {y.name} and {dx} {x.name} is better.{' '}
      <button type="button" className="btn-link" onClick={() => update(spec.id, { flipX: !spec.flipX })}>
        Prefer {dx === 'higher' ? 'lower' : 'higher'} {x.name}
      </button>{' · '}
      <button type="button" className="btn-link" onClick={() => update(spec.id, { flipY: !spec.flipY })}>
        Prefer {dy === 'higher' ? 'lower' : 'higher'} {y.name}
      </button>
    </p>
  );
}
