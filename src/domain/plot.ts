// Turns models into the points of one chart, and names every model that cannot be plotted and why.
import { describeValue, type FieldDef } from './fields';
import type { Measured } from './measured';
import type { ModelRecord } from './model';

export interface PlotPoint {
  id: string;
  model: ModelRecord;
  x: number;
  y: number;
  xm: Measured;
  ym: Measured;
  estimated: boolean;
}

export interface NotPlotted {
  model: ModelRecord;
  reason: string;
}

export interface PlotData {
  points: PlotPoint[];
  notPlotted: NotPlotted[];
}

function whyNot(field: FieldDef, m: Measured, log: boolean): string | null {
  if (m.value === null) return `${field.name} ${m.status === 'undisclosed' ? 'undisclosed' : 'missing'}`;
  if (log && m.value <= 0) return `${field.name} is ${m.value}, which a log scale cannot show`;
  return null;
}

export function plotData(models: readonly ModelRecord[], x: FieldDef, y: FieldDef, logX = false, logY = false): PlotData {
  const points: PlotPoint[] = [];
  const notPlotted: NotPlotted[] = [];
  for (const model of models) {
    const xm = x.get(model);
    const ym = y.get(model);
    // No per-model arrays: at 100,000 models a chart's garbage is most of its cost.
    const whyX = whyNot(x, xm, logX);
    const whyY = whyNot(y, ym, logY);
    if (whyX !== null || whyY !== null) {
      notPlotted.push({ model, reason: whyX !== null && whyY !== null ? `${whyX}; ${whyY}` : (whyX ?? whyY)! });
      continue;
    }
    points.push({
      id: model.id, model, x: xm.value as number, y: ym.value as number, xm, ym,
      estimated: xm.status === 'estimated' || ym.status === 'estimated',
    });
  }
  return { points, notPlotted };
}

/** Accessible label that starts with the model name: "GPT-4 — parameters ~1.7T (estimated), MMLU 86.4%". */
export function pointLabel(p: PlotPoint, x: FieldDef, y: FieldDef): string {
  return `${p.model.name} — ${describeValue(x, p.xm)}, ${describeValue(y, p.ym)}`;
}

/** "MMLU vs parameters": y named first, as a reader says it. */
export function chartTitle(x: FieldDef, y: FieldDef): string {
  return `${y.name} vs ${x.name}`.replace(/^./, (c) => c.toUpperCase());
}
