// Everything one chart needs, derived from the visible models and its spec by pure functions.
import { FIELDS } from '../../domain/fields';
import type { FrontierResult } from '../../domain/pareto';
import { chartFrontier, effectiveLog } from '../../domain/pareto-flags';
import { chartTitle, plotData, type PlotData } from '../../domain/plot';
import type { ModelRecord } from '../../domain/model';
import type { ChartSpec } from '../../store/view-slice';
import { AxisValues, axisFor, type AxisSpec } from './axis-scale';

/** A chart's points, axes and title: everything but its frontier. */
export interface ChartPlot extends PlotData {
  title: string;
  xAxis: AxisSpec;
  yAxis: AxisSpec;
  /** The smallest x and y plotted, Infinity when none is (error-bar ranges aside). */
  lowest: { x: number; y: number };
}

export interface ChartData extends ChartPlot {
  frontier: FrontierResult;
}

/** Whether two specs give the same chart data: all but the frontier toggle, which changes the drawing only. */
export function sameChartData(a: ChartSpec | undefined, b: ChartSpec | undefined): boolean {
  if (!a || !b) return a === b;
  return a.x === b.x && a.y === b.y && a.logX === b.logX && a.logY === b.logY && a.flipX === b.flipX && a.flipY === b.flipY;
}

export function buildChartPlot(models: readonly ModelRecord[], spec: ChartSpec): ChartPlot {
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  // The same rule decides the frontier's points (chartFrontier), so chart and table agree.
  const [logX, logY] = effectiveLog(spec);
  const data = plotData(models, x, y, logX, logY);
  const xs = new AxisValues();
  const ys = new AxisValues();
  const lowest = { x: Infinity, y: Infinity };
  const { points } = data;
  for (let i = 0; i < points.length; i++) {
    const px = points.x[i]!;
    const py = points.y[i]!;
    if (px < lowest.x) lowest.x = px;
    if (py < lowest.y) lowest.y = py;
    xs.add(px);
    ys.add(py);
  }
  for (const i of points.ranged) {
    const p = points.at(i);
    if (p.xm.range) for (const v of p.xm.range) xs.add(v);
    if (p.ym.range) for (const v of p.ym.range) ys.add(v);
  }
  return {
    ...data, title: chartTitle(x, y), lowest,
    xAxis: axisFor(x, xs.extremes(), logX), yAxis: axisFor(y, ys.extremes(), logY),
  };
}

/** The plot's Pareto frontier (the models are the plot's, for the table's shared copy of the frontier). */
export function withFrontier(plot: ChartPlot, models: readonly ModelRecord[], spec: ChartSpec): ChartData {
  return { ...plot, frontier: chartFrontier(models, spec, plot.points) };
}

export function buildChartData(models: readonly ModelRecord[], spec: ChartSpec): ChartData {
  return withFrontier(buildChartPlot(models, spec), models, spec);
}
