// What a chart says, in place of its plot, when it has nothing to plot, and the one action that brings points back.
import type { FieldDef } from '../../domain/fields';
import { useAppStore } from '../../store/store';

interface Props {
  /** Models passing the filters, and of those, the ones not switched off. */
  filtered: number;
  visible: number;
  x: FieldDef;
  y: FieldDef;
  height: number;
}

export function EmptyChart({ filtered, visible, x, y, height }: Props) {
  const resetFilters = useAppStore((s) => s.resetFilters);
  const showAll = useAppStore((s) => s.showAll);
  let message: string;
  let action: { label: string; run: () => void } | null;
  if (filtered === 0) [message, action] = ['No models match these filters.', { label: 'Reset filters', run: resetFilters }];
  else if (visible === 0) [message, action] = ['Every model these filters keep is switched off.', { label: 'Show all', run: showAll }];
  else [message, action] = [`None of the ${visible.toLocaleString('en')} models shown has both ${y.name} and ${x.name}.`, null];
  return (
    <div className="chart-empty" style={{ height }}>
      <p>{message}</p>
      {action && <button type="button" className="btn" onClick={action.run}>{action.label}</button>}
    </div>
  );
}
