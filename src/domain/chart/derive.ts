// Everything one chart shows, derived from the visible models and its view: points, axes, title, frontier.
import { FIELDS } from '../fields';
import type { ModelRecord } from '../model';
import type { FrontierResult } from '../pareto';
import type { ChartView } from '../view-state';
import { AxisValues, axisFor, type AxisSpec } from './axis-scale';
import { paretoStatus } from '../pareto-status';
import { chartFrontier, effectiveLog } from './frontier';
import { frontierDisputeLines } from './frontier-disputes';
import { chartLegend, type ChartLegend } from './legend';
import { chartTitle, plotData, type PlotData } from './points';

/** A chart's points, axes and title: everything but its frontier. */
export interface ChartPlot extends PlotData {
  title: string;
  xAxis: AxisSpec;
  yAxis: AxisSpec;
  /** The smallest x and y plotted, Infinity when none is (error-bar ranges aside). */
  lowest: { x: number; y: number };
}

/** Whether two views give the same derivation: all but the frontier toggle, which changes the drawing only. */
export function sameChartData(a: ChartView, b: ChartView): boolean {
  return a.x === b.x && a.y === b.y && a.logX === b.logX && a.logY === b.logY && a.flipX === b.flipX && a.flipY === b.flipY;
}

export function buildChartPlot(models: readonly ModelRecord[], view: ChartView): ChartPlot {
  const x = FIELDS[view.x];
  const y = FIELDS[view.y];
  // The same rule decides which points the frontier sees, so chart and table agree.
  const [logX, logY] = effectiveLog(view);
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

/**
 * One chart's derivation. Its parts are pure functions of `models` and `view`, each computed the first time it
 * is read: the chart reads the plot and then the frontier in separate renders, and the table's Pareto column
 * reads the frontier of the same object, so nothing is computed twice and the two cannot disagree.
 */
export class ChartDerivation {
  private plotOnce: ChartPlot | undefined;
  private frontierOnce: FrontierResult | undefined;
  private idsOnce: ReadonlySet<string> | undefined;
  private legendOnce: ChartLegend | undefined;
  private disputesOnce: string[] | undefined;

  constructor(readonly models: readonly ModelRecord[], readonly view: ChartView) {}

  get plot(): ChartPlot {
    this.plotOnce ??= buildChartPlot(this.models, this.view);
    return this.plotOnce;
  }

  get frontier(): FrontierResult {
    this.frontierOnce ??= chartFrontier(this.plot.points, this.view);
    return this.frontierOnce;
  }

  /** What the chart's legend explains. */
  get legend(): ChartLegend {
    this.legendOnce ??= chartLegend(this.plot.points);
    return this.legendOnce;
  }

  /** The ids on the frontier, for "is this model Pareto-optimal?". */
  get frontierIds(): ReadonlySet<string> {
    this.idsOnce ??= new Set(this.frontier.frontier);
    return this.idsOnce;
  }

  /** The frontier note's warnings: frontier values a fact-check note disputes, one line each (see frontier-disputes). */
  get frontierDisputes(): readonly string[] {
    this.disputesOnce ??= frontierDisputeLines(
      this.frontier.frontierIndexes.map((i) => this.plot.points.models[i]!), FIELDS[this.view.x], FIELDS[this.view.y],
    );
    return this.disputesOnce;
  }

  /** The table's Pareto flag for a visible model: yes, no, or undefined when its axes' values cannot place it. */
  paretoOf(model: ModelRecord): boolean | undefined {
    return paretoStatus(model, this.view, this.frontierIds);
  }
}

/**
 * A derivation per chart id for these models and views. Where `previous` has one for the same models and a view
 * with the same data (only the frontier toggle changed, or another chart did), it is kept.
 */
export function deriveCharts(
  models: readonly ModelRecord[], views: readonly (ChartView & { id: string })[], previous?: ReadonlyMap<string, ChartDerivation>,
): ReadonlyMap<string, ChartDerivation> {
  return new Map(views.map((v) => {
    const before = previous?.get(v.id);
    return [v.id, before && before.models === models && sameChartData(before.view, v) ? before : new ChartDerivation(models, v)];
  }));
}
