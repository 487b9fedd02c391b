// Whether a model is Pareto-optimal on a chart's axes, or whether that cannot be known: a model with a value
// undisclosed or missing on either axis is not on the chart, so "No" would claim what nobody can say.
import { FIELDS } from './fields';
import type { ModelRecord } from './model';
import { effectiveLog, type FrontierSpec } from './chart/frontier';

/** True or false for a model the chart places; undefined ("—") when an axis value is undisclosed, missing or not drawable on a log axis. */
export function paretoStatus(model: ModelRecord, spec: FrontierSpec, frontierIds: ReadonlySet<string>): boolean | undefined {
  const [logX, logY] = effectiveLog(spec);
  const x = FIELDS[spec.x].get(model).value;
  const y = FIELDS[spec.y].get(model).value;
  if (x === null || y === null || (logX && x <= 0) || (logY && y <= 0)) return undefined;
  return frontierIds.has(model.id);
}
