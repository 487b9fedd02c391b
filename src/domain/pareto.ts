// The Pareto frontier of a set of points, and for every point off it, one frontier point that dominates it.
import { sortIndicesDescending } from './sort-indices';

export interface XY {
  id: string;
  x: number;
  y: number;
}

export interface FrontierResult {
  /** Frontier ids ordered by x ascending, ready to draw as a line. */
  frontier: string[];
  /** For each point not on the frontier, the id of a frontier point that dominates it. */
  dominatedBy: Dominators;
}

/**
 * Who dominates whom, kept as one index per point and turned into an id lookup only when first asked (a
 * tooltip): building a 100,000-entry map for every chart on every filter change cost ~80 ms a chart.
 */
export class Dominators {
  private byId: Map<string, string> | null = null;

  constructor(
    private readonly points: readonly XY[],
    /** Index of the dominating point for each point, or -1 (on the frontier, or not plotted). */
    private readonly dominator: Int32Array,
    readonly size: number,
  ) {}

  get(id: string): string | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (let i = 0; i < this.points.length; i++) {
        const d = this.dominator[i]!;
        if (d >= 0) this.byId.set(this.points[i]!.id, this.points[d]!.id);
      }
    }
    return this.byId.get(id);
  }
}

export type Direction = 'higher' | 'lower';

/**
 * O(n log n) sweep. Both axes are turned into "higher is better", points are visited from the best x
 * down, and a point is on the frontier when its y beats every point with a better-or-equal x.
 */
export function paretoFrontier(points: readonly XY[], xBetter: Direction, yBetter: Direction): FrontierResult {
  const sx = xBetter === 'higher' ? 1 : -1;
  const sy = yBetter === 'higher' ? 1 : -1;
  // Typed arrays and a radix sort of indices: no per-point objects and no comparator, so 100,000 points take
  // a few milliseconds.
  const n = points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const finite = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    xs[i] = p.x * sx;
    ys[i] = p.y * sy;
    if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) finite[count++] = i;
  }
  const order = sortIndicesDescending(finite.subarray(0, count), xs, ys);

  const onFrontier: number[] = [];
  const dominator = new Int32Array(n).fill(-1);
  let dominated = 0;
  let best = -1;
  for (const i of order) {
    if (best < 0 || ys[i]! > ys[best]! || (ys[i] === ys[best] && xs[i] === xs[best])) {
      onFrontier.push(i);
      if (best < 0 || ys[i]! > ys[best]!) best = i;
    } else {
      dominator[i] = best;
      dominated++;
    }
  }
  onFrontier.sort((a, b) => points[a]!.x - points[b]!.x);
  return { frontier: onFrontier.map((i) => points[i]!.id), dominatedBy: new Dominators(points, dominator, dominated) };
}

/** True when a is at least as good as b on both axes and strictly better on one. */
export function dominates(a: XY, b: XY, xBetter: Direction, yBetter: Direction): boolean {
  const sx = xBetter === 'higher' ? 1 : -1;
  const sy = yBetter === 'higher' ? 1 : -1;
  const dx = (a.x - b.x) * sx;
  const dy = (a.y - b.y) * sy;
  return dx >= 0 && dy >= 0 && (dx > 0 || dy > 0);
}
