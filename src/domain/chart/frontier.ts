// A chart's Pareto frontier: which way is better on each axis, and the frontier of its plotted points.
import { FIELDS, type FieldKey } from '../fields';
import { paretoFrontier, type Direction, type FrontierResult } from '../pareto';
import { logApplies } from './axis-scale';
import type { PlotPoints } from './points';

export interface FrontierAxes {
  x: FieldKey;
  y: FieldKey;
  flipX: boolean;
  flipY: boolean;
}

/** A chart's frontier: its axes, its flips, and whether each axis is logarithmic (log axes drop values ≤ 0). */
export interface FrontierSpec extends FrontierAxes {
  logX: boolean;
  logY: boolean;
}

const flip = (d: Direction, flipped: boolean): Direction => (flipped ? (d === 'higher' ? 'lower' : 'higher') : d);

/** Directions after the user's flips: more score and less size/compute/cost is better unless flipped. */
export function frontierDirections(axes: FrontierAxes): [Direction, Direction] {
  return [flip(FIELDS[axes.x].better, axes.flipX), flip(FIELDS[axes.y].better, axes.flipY)];
}

/** Whether each axis is drawn logarithmic: a log toggle on an ordered field has no effect. */
export function effectiveLog(spec: FrontierSpec): [boolean, boolean] {
  return [spec.logX && logApplies(FIELDS[spec.x]), spec.logY && logApplies(FIELDS[spec.y])];
}

/** The frontier of a chart's plotted points under its directions. */
export function chartFrontier(points: PlotPoints, axes: FrontierAxes): FrontierResult {
  const [dx, dy] = frontierDirections(axes);
  return paretoFrontier(points, dx, dy);
}
