// What a chart's legend explains: only the encodings its marks use — the organisations plotted (colour), the cost
// tiers present (shape), estimates (hollow), intervals (whiskers) and highlighted groups (larger, outlined marks);
// the frontier's ring and line are the chart's.
import type { PlotPoints } from './points';

export interface LegendOrganization {
  name: string;
  /** Plotted points of this organisation. */
  count: number;
}

/** A group of models drawn emphasised (the article's six among the leaderboard's), with its plotted points' ids. */
export interface LegendHighlight {
  name: string;
  ids: string[];
}

export interface ChartLegend {
  /** Most plotted first, then by name. */
  organizations: LegendOrganization[];
  /** Tier ranks with a plotted point, in order; null (no tier given) last. */
  tiers: (number | null)[];
  estimates: boolean;
  /** Some point has an estimate's interval, drawn as whiskers. */
  intervals: boolean;
  /** Highlighted groups with a plotted point, in the order their first points come. */
  highlights: LegendHighlight[];
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
  const groups = new Map<string, string[]>();
  for (const i of points.highlighted) {
    const { highlight, id } = points.models[i]!;
    if (!highlight) continue;
    const ids = groups.get(highlight);
    if (ids) ids.push(id);
    else groups.set(highlight, [id]);
  }
  const highlights = [...groups].map(([name, ids]) => ({ name, ids }));
  return { organizations, tiers: ordered, estimates, intervals: points.ranged.length > 0, highlights };
}

/**
 * The organisations a legend names, and how many it leaves to "+ N more": the `max` with the most plotted points
 * (the list is sorted so), all of them when only one more would be left out.
 */
export function namedOrganizations<T>(organizations: readonly T[], max: number): { named: readonly T[]; more: number } {
  const n = organizations.length <= max + 1 ? organizations.length : max;
  return { named: organizations.slice(0, n), more: organizations.length - n };
}
