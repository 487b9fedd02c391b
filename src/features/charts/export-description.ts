// The words and legend an exported chart carries: subtitle, legend entries, how to read the marks, sources.
import { COST_TIERS } from '../../domain/cost-tier';
import { describeView, listWithMore, sourceLine } from '../../domain/export/describe-view';
import type { FieldDef } from '../../domain/fields';
import type { Filters } from '../../domain/filter';
import type { Source } from '../../domain/model';
import type { ChartPlot } from '../../domain/chart/derive';
import { frontierDirections } from '../../domain/chart/frontier';
import type { FrontierResult } from '../../domain/pareto';
import type { ChartSpec } from '../../store/view-slice';
import { colourFor, SHAPE_NAMES, shapeForTier } from './shapes';

interface Input {
  plot: ChartPlot;
  frontier: FrontierResult;
  spec: ChartSpec;
  x: FieldDef;
  y: FieldDef;
  filters: Filters;
  total: number;
  shown: number;
  sources: readonly Source[];
  colours: ReadonlyMap<string, string>;
  names: ReadonlyMap<string, string>;
}

export function exportDescription({ plot, frontier, spec, x, y, filters, total, shown, sources, colours, names }: Input) {
  const { points } = plot;
  const orgs = [...new Set(points.organization)].sort((a, b) => a.localeCompare(b));
  const tiers = [...new Set(Array.from(points.tier, (t) => (Number.isNaN(t) ? null : t)))].sort((a, b) => (a ?? -1) - (b ?? -1));
  const notes: string[] = [];
  if (points.estimated.includes(1)) notes.push('Hollow marks are estimates; error bars show the estimate\'s interval where one is known.');
  if (spec.showFrontier && frontier.frontier.length) {
    const [dx, dy] = frontierDirections(spec);
    const named = listWithMore(frontier.frontier.map((id) => names.get(id) ?? id));
    notes.push(`Dashed line: Pareto frontier (${dy} ${y.name} and ${dx} ${x.name} is better): ${named}.`);
  }
  notes.push(`Shape shows inference cost tier: ${tiers.map((t) => (t === null ? 'circle = no tier given' : `${SHAPE_NAMES[shapeForTier(t)]} = ${COST_TIERS[t]}`)).join('; ')}.`);
  if (plot.notPlotted.length) {
    notes.push(`Not plotted: ${listWithMore(plot.notPlotted.map((n) => `${n.model.name} (${n.reason})`), '; ')}.`);
  }
  const usesCompute = spec.x === 'trainingCompute' || spec.y === 'trainingCompute';
  return {
    title: plot.title,
    subtitle: describeView(shown, total, filters).replace(/ models/, points.length < shown ? ` models (${points.length.toLocaleString('en')} plotted)` : ' models'),
    legend: orgs.map((o) => ({ label: o || '(no organization)', colour: colourFor(o, colours) })),
    notes,
    footer: [sourceLine(sources, usesCompute), `Exported ${new Date().toISOString().slice(0, 10)} from Model MPG`],
  };
}
