// The words and legend an exported chart carries: title, subtitle (what is plotted, under which filters, the date),
// the legend's keys, and the foot ("Not plotted" as a count with a few names, disputed frontier values, the sources'
// credits, the product).
import { namedOrganizations, type ChartLegend } from '../../domain/chart/legend';
import type { ChartPlot } from '../../domain/chart/derive';
import { frontierDirections } from '../../domain/chart/frontier';
import { COST_TIERS } from '../../domain/cost-tier';
import { exportSubtitle, notPlottedSummary, sourceLine } from '../../domain/export/describe-view';
import { FIELDS } from '../../domain/fields';
import type { Filters } from '../../domain/filter';
import type { Source } from '../../domain/model';
import type { FrontierResult } from '../../domain/pareto';
import { organizationColour } from '../../domain/org-colours';
import type { ChartView } from '../../domain/view-state';
import { moreEntry, type ExportTexts, type LegendEntry } from '../../lib/export-layout';
import { shapeForTier } from './shapes';

/** Organisations an export names in its legend; the rest are counted. */
const MAX_EXPORT_ORGS = 10;

/** What an export is made from: the chart as drawn, and the view's filters and counts when it is made. */
export interface ExportInput {
  plot: ChartPlot;
  legend: ChartLegend;
  spec: ChartView;
  frontier: FrontierResult;
  /** The frontier is drawn and has points. */
  frontierShown: boolean;
  /** Frontier values a fact-check note disputes, a line each (none when the frontier is not drawn). */
  disputes: readonly string[];
  filters: Filters;
  total: number;
  switchedOff: number;
  sources: readonly Source[];
  /** Today, YYYY-MM-DD. */
  date: string;
}

export function exportLegend(legend: ChartLegend, spec: ChartView, frontier: boolean): LegendEntry[] {
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  const { named, more } = namedOrganizations(legend.organizations, MAX_EXPORT_ORGS);
  const entries: LegendEntry[] = [];
  for (const g of legend.highlights) entries.push({ type: 'heading', text: 'Highlighted' }, { type: 'highlight', text: `Larger, outlined: ${g.name}` });
  entries.push({ type: 'heading', text: 'Organisation' });
  for (const o of named) entries.push({ type: 'colour', text: o.name || '(no organisation)', colour: organizationColour(o.name) });
  if (more > 0) entries.push(moreEntry(more));
  if (legend.tiers.length) {
    entries.push({ type: 'heading', text: 'Inference cost tier' });
    for (const t of legend.tiers) entries.push({ type: 'shape', kind: shapeForTier(t), text: t === null ? 'none given' : COST_TIERS[t] ?? String(t) });
  }
  if (legend.estimates || frontier || legend.intervals) entries.push({ type: 'heading', text: 'Marks' });
  if (legend.estimates) entries.push({ type: 'hollow', text: 'Hollow: an estimate' });
  if (frontier) {
    const [dx, dy] = frontierDirections(spec);
    entries.push({ type: 'frontier', text: `Ring and line: Pareto-optimal (${dy} ${y.name}, ${dx} ${x.name} is better)` });
  }
  if (legend.intervals) entries.push({ type: 'interval', text: 'Whiskers: an estimate\'s interval' });
  return entries;
}

export function exportTexts({ plot, legend, spec, frontierShown, disputes, filters, total, switchedOff, sources, date }: ExportInput): ExportTexts {
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  const notPlotted = notPlottedSummary(plot.notPlotted, x, y);
  return {
    title: plot.title,
    subtitle: exportSubtitle({ plotted: plot.points.length, total, switchedOff, filters, x, y, date }),
    footer: [
      ...(notPlotted ? [`${notPlotted}.`] : []),
      ...(frontierShown ? disputes.map((d) => (/[.!?]$/.test(d) ? d : `${d}.`)) : []),
      `${sourceLine(sources, [spec.x, spec.y])}. Chart: Model MPG.`,
    ],
    legend: exportLegend(legend, spec, frontierShown),
  };
}
