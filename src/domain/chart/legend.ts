// What a chart's legend explains: only the encodings its marks use — the organisations plotted (colour), the cost
// tiers present (shape), estimates (hollow) and intervals (whiskers); the frontier's ring and line are the chart's.
import type { PlotPoints } from './points';

export interface LegendOrganization {
  name: string;
  /** Plotted points of this organisation. */
  count: number;
}

export interface ChartLegend {
  /** Most plotted first, then by name. */
  organizations: LegendOrganization[];
  /** Tier ranks with a plotted point, in order; null (no tier given) last. */
  tiers: (number | null)[];
  estimates: boolean;
  /** Some point has an estimate's interval, drawn as whiskers. */
  intervals: boolean;
}

/** The legend of a chart's points; whether the frontier is drawn is the chart's own switch. */
export function chartLegend(points: PlotPoints): ChartLegend {
  const counts = new Map<string, number>();
  const tiers = new Set<number | null>();
  let estimates = false;
  for (let i = 0; i < points.length; i++) {
    const org = points.organization[i]!;
    counts.set(org, (counts.get(org) ?? 0) + 1);
    const t = points.tier[i]!;
    tiers.add(Number.isNaN(t) ? null : t);
    if (points.estimated[i] === 1) estimates = true;
  }
  const organizations = [...counts].map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const ordered = [...tiers].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return { organizations, tiers: ordered, estimates, intervals: points.ranged.length > 0 };
}
