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
  const sorted = points
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .map((p) => ({ id: p.id, x: p.x * sx, y: p.y * sy, rawX: p.x }))
    .sort((a, b) => b.x - a.x || b.y - a.y);

  const onFrontier: typeof sorted = [];
  const dominatedBy = new Map<string, string>();
  let best: (typeof sorted)[number] | undefined;
  for (const p of sorted) {
    if (!best || p.y > best.y || (p.y === best.y && p.x === best.x)) {
      onFrontier.push(p);
      if (!best || p.y > best.y) best = p;
    } else {
      dominatedBy.set(p.id, best.id);
    }
  }
  onFrontier.sort((a, b) => a.rawX - b.rawX);
  return { frontier: onFrontier.map((p) => p.id), dominatedBy };
}

/** True when a is at least as good as b on both axes and strictly better on one. */
export function dominates(a: XY, b: XY, xBetter: Direction, yBetter: Direction): boolean {
  const sx = xBetter === 'higher' ? 1 : -1;
  const sy = yBetter === 'higher' ? 1 : -1;
  const dx = (a.x - b.x) * sx;
  const dy = (a.y - b.y) * sy;
  return dx >= 0 && dy >= 0 && (dx > 0 || dy > 0);
}
