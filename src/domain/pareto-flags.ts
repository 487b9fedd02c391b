// Which models sit on the Pareto frontier of a chart's axes, for the table's "Pareto-optimal" column.
import { FIELDS, type FieldKey } from './fields';
import type { ModelRecord } from './model';
import { paretoFrontier, type Direction } from './pareto';
import { plotData } from './plot';

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

/** Ids on the frontier, computed over the given (visible) models only. */
export function paretoOptimalIds(models: readonly ModelRecord[], axes: FrontierAxes): Set<string> {
  const { points } = plotData(models, FIELDS[axes.x], FIELDS[axes.y]);
  const [dx, dy] = frontierDirections(axes);
  return new Set(paretoFrontier(points, dx, dy).frontier);
}
