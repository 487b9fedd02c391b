// Everything one chart needs, derived from the visible models and its spec by pure functions.
import { FIELDS } from '../../domain/fields';
import type { FrontierResult } from '../../domain/pareto';
import { chartFrontier, effectiveLog } from '../../domain/pareto-flags';
import { chartTitle, plotData, type PlotData } from '../../domain/plot';
import type { ModelRecord } from '../../domain/model';
import type { ChartSpec } from '../../store/view-slice';
import { axisFor, type AxisSpec } from './axis-scale';

export interface ChartData extends PlotData {
  title: string;
  xAxis: AxisSpec;
  yAxis: AxisSpec;
  frontier: FrontierResult;
}

export function buildChartData(models: readonly ModelRecord[], spec: ChartSpec): ChartData {
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  // The same rule decides the frontier's points (chartFrontier), so chart and table agree.
  const [logX, logY] = effectiveLog(spec);
  const data = plotData(models, x, y, logX, logY);
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of data.points) {
    xs.push(p.x);
    ys.push(p.y);
    if (p.xm.range) xs.push(...p.xm.range);
    if (p.ym.range) ys.push(...p.ym.range);
  }
  const frontier = chartFrontier(models, spec, data.points);
  return { ...data, title: chartTitle(x, y), xAxis: axisFor(x, xs, logX), yAxis: axisFor(y, ys, logY), frontier };
}
