// The Pareto frontier of a set of points, and for every point off it, one frontier point that dominates it.

export interface XY {
  id: string;
  x: number;
  y: number;
}

export interface FrontierResult {
  /** Frontier ids ordered by x ascending, ready to draw as a line. */
  frontier: string[];
  /** For each point not on the frontier, the id of a frontier point that dominates it. */
  dominatedBy: Map<string, string>;
}

export type Direction = 'higher' | 'lower';

/**
 * O(n log n) sweep. Both axes are turned into "higher is better", points are visited from the best x
 * down, and a point is on the frontier when its y beats every point with a better-or-equal x.
 */
export function paretoFrontier(points: readonly XY[], xBetter: Direction, yBetter: Direction): FrontierResult {
  const sx = xBetter === 'higher' ? 1 : -1;
  const sy = yBetter === 'higher' ? 1 : -1;
  // Typed arrays and an index sort: no per-point objects, so 100,000 points take a few milliseconds.
  const n = points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    xs[i] = p.x * sx;
    ys[i] = p.y * sy;
    if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) order.push(i);
  }
  order.sort((a, b) => xs[b]! - xs[a]! || ys[b]! - ys[a]!);

  const onFrontier: number[] = [];
  const dominatedBy = new Map<string, string>();
  let best = -1;
  for (const i of order) {
    if (best < 0 || ys[i]! > ys[best]! || (ys[i] === ys[best] && xs[i] === xs[best])) {
      onFrontier.push(i);
      if (best < 0 || ys[i]! > ys[best]!) best = i;
    } else {
      dominatedBy.set(points[i]!.id, points[best]!.id);
    }
  }
  onFrontier.sort((a, b) => points[a]!.x - points[b]!.x);
  return { frontier: onFrontier.map((i) => points[i]!.id), dominatedBy };
}

/** True when a is at least as good as b on both axes and strictly better on one. */
export function dominates(a: XY, b: XY, xBetter: Direction, yBetter: Direction): boolean {
  const sx = xBetter === 'higher' ? 1 : -1;
  const sy = yBetter === 'higher' ? 1 : -1;
  const dx = (a.x - b.x) * sx;
  const dy = (a.y - b.y) * sy;
  return dx >= 0 && dy >= 0 && (dx > 0 || dy > 0);
}
