// Which models sit on the Pareto frontier of a chart's axes, for the table's "Pareto-optimal" column.
import { FIELDS, type FieldKey } from './fields';
import type { ModelRecord } from './model';
import { paretoFrontier, type Direction, type FrontierResult } from './pareto';
import { plotData, type PlotPoint } from './plot';

export interface FrontierAxes {
  x: FieldKey;
  y: FieldKey;
  flipX: boolean;
  flipY: boolean;
}

const flip = (d: Direction, flipped: boolean): Direction => (flipped ? (d === 'higher' ? 'lower' : 'higher') : d);

/** Directions after the user's flips: more score and less size/compute/cost is better unless flipped. */
export function frontierDirections(axes: FrontierAxes): [Direction, Direction] {
  return [flip(FIELDS[axes.x].better, axes.flipX), flip(FIELDS[axes.y].better, axes.flipY)];
}

/** A chart's frontier: its axes, its flips, and whether each axis is logarithmic (log axes drop values ≤ 0). */
export interface FrontierSpec extends FrontierAxes {
  logX: boolean;
  logY: boolean;
}

/** Frontiers by model list, then by axes: the chart and the table's Pareto column share one computation. */
const frontiers = new WeakMap<readonly ModelRecord[], Map<string, FrontierResult>>();

/**
 * The frontier of a chart over these models. Computed once per model list and spec (at 100,000 models a frontier
 * and the points under it take ~0.3 s), whether the chart or the table asks first. A caller that has already
 * built the chart's points passes them.
 */
export function frontierOf(models: readonly ModelRecord[], spec: FrontierSpec, points?: readonly PlotPoint[]): FrontierResult {
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  const logX = spec.logX && x.kind === 'numeric';
  const logY = spec.logY && y.kind === 'numeric';
  const key = `${spec.x}|${spec.y}|${spec.flipX}|${spec.flipY}|${logX}|${logY}`;
  let byKey = frontiers.get(models);
  if (!byKey) frontiers.set(models, (byKey = new Map()));
  let result = byKey.get(key);
  if (!result) {
    const [dx, dy] = frontierDirections(spec);
    result = paretoFrontier(points ?? plotData(models, x, y, logX, logY).points, dx, dy);
    byKey.set(key, result);
  }
  return result;
}

/** Ids on the chart's frontier, over the given (visible) models only. */
export function paretoOptimalIds(models: readonly ModelRecord[], spec: FrontierSpec): Set<string> {
  return new Set(frontierOf(models, spec).frontier);
}
