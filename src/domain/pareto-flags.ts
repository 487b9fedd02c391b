// Which models sit on the Pareto frontier of a chart's axes, for the table's "Pareto-optimal" column.
import { FIELDS, type FieldKey } from './fields';
import type { ModelRecord } from './model';
import { paretoFrontier, type Direction, type FrontierResult } from './pareto';
import { plotData, type PlotPoints } from './plot';

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

/**
 * Frontier ids by model list, then by spec: the chart that computes a frontier leaves its ids here and the
 * table's Pareto column reads them. Only ids are kept (a full result holds the chart's points): a list's entry
 * goes with the list, and a spec the user moved away from costs a few hundred strings, not 100,000 points.
 */
const frontierIds = new WeakMap<readonly ModelRecord[], Map<string, readonly string[]>>();

/** Whether each axis is drawn logarithmic: a log toggle on an ordered (non-numeric) field has no effect. */
export function effectiveLog(spec: FrontierSpec): [boolean, boolean] {
  return [spec.logX && FIELDS[spec.x].kind === 'numeric', spec.logY && FIELDS[spec.y].kind === 'numeric'];
}

function keyOf(spec: FrontierSpec): string {
  const [logX, logY] = effectiveLog(spec);
  return `${spec.x}|${spec.y}|${spec.flipX}|${spec.flipY}|${logX}|${logY}`;
}

function idsOf(models: readonly ModelRecord[]): Map<string, readonly string[]> {
  let byKey = frontierIds.get(models);
  if (!byKey) frontierIds.set(models, (byKey = new Map()));
  return byKey;
}

/** A chart's frontier over its plotted points (these models' points for this spec); its ids are kept for the table. */
export function chartFrontier(models: readonly ModelRecord[], spec: FrontierSpec, points: PlotPoints): FrontierResult {
  const [dx, dy] = frontierDirections(spec);
  const result = paretoFrontier(points, dx, dy);
  idsOf(models).set(keyOf(spec), result.frontier);
  return result;
}

/** Ids on the chart's frontier, over the given (visible) models only: the chart's own when it has computed them. */
export function paretoOptimalIds(models: readonly ModelRecord[], spec: FrontierSpec): Set<string> {
  const byKey = idsOf(models);
  const key = keyOf(spec);
  let ids = byKey.get(key);
  if (!ids) {
    const [logX, logY] = effectiveLog(spec);
    const [dx, dy] = frontierDirections(spec);
    ids = paretoFrontier(plotData(models, FIELDS[spec.x], FIELDS[spec.y], logX, logY).points, dx, dy).frontier;
    byKey.set(key, ids);
  }
  return new Set(ids);
}
