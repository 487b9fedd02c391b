// The Pareto frontier of a set of points, and for every point off it, one frontier point that dominates it.
import { sortIndicesDescending } from './sort-indices';

export interface XY {
  id: string;
  x: number;
  y: number;
}

/** Points as columns: each one's x, y and id by index (a chart's PlotPoints). */
export interface XYColumns {
  readonly length: number;
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  id(i: number): string;
}

/** A list of point objects as columns (points built one by one, as in tests). */
export function xyColumns(points: readonly XY[]): XYColumns {
  return {
    length: points.length,
    x: Float64Array.from(points, (p) => p.x),
    y: Float64Array.from(points, (p) => p.y),
    id: (i) => points[i]!.id,
  };
}

export interface FrontierResult {
  /** Frontier ids ordered by x ascending, ready to draw as a line. */
  frontier: string[];
  /** The same points as indexes into the points given, in the same order. */
  frontierIndexes: number[];
  /** For each point not on the frontier, the id of a frontier point that dominates it. */
  dominatedBy: Dominators;
}

/**
 * Who dominates whom, kept as one index per point and turned into an id lookup only when first asked (a
 * tooltip): a map of every point for every chart on every filter change is costly at large sizes.
 */
export class Dominators {
  private byId: Map<string, string> | null = null;

  constructor(
    private readonly points: XYColumns,
    /** Index of the dominating point for each point, or -1 (on the frontier, or not plotted). */
    private readonly dominator: Int32Array,
    readonly size: number,
  ) {}

  get(id: string): string | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (let i = 0; i < this.points.length; i++) {
        const d = this.dominator[i]!;
        if (d >= 0) this.byId.set(this.points.id(i), this.points.id(d));
      }
    }
    return this.byId.get(id);
  }
}

export type Direction = 'higher' | 'lower';

/**
 * A sweep over the points from the best x down. Both axes are turned into "higher is better", and a point is on
 * the frontier when its y beats every point with a better-or-equal x.
 */
export function paretoFrontier(points: XYColumns, xBetter: Direction, yBetter: Direction): FrontierResult {
  const sx = xBetter === 'higher' ? 1 : -1;
  const sy = yBetter === 'higher' ? 1 : -1;
  // Typed arrays of indices, no per-point objects and no comparator.
  const n = points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const finite = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    xs[i] = points.x[i]! * sx;
    ys[i] = points.y[i]! * sy;
    if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) finite[count++] = i;
  }
  const sweep: Sweep = { xs, ys, best: -1, onFrontier: [], dominator: new Int32Array(n).fill(-1), dominated: 0 };
  if (count < BUCKETED_FROM) sweepInOrder(sweep, sortIndicesDescending(finite.subarray(0, count), xs, ys));
  else sweepByBuckets(sweep, finite.subarray(0, count));
  const { onFrontier, dominator, dominated } = sweep;
  onFrontier.sort((a, b) => points.x[a]! - points.x[b]!);
  return { frontier: onFrontier.map((i) => points.id(i)), frontierIndexes: onFrontier, dominatedBy: new Dominators(points, dominator, dominated) };
}

/** Below this many points every point is sorted and swept; from here on, only the buckets that can hold the frontier. */
const BUCKETED_FROM = 2_000;
const MAX_BUCKETS = 4_096;

interface Sweep {
  xs: Float64Array;
  ys: Float64Array;
  /** The point with the best y so far (a frontier point), or -1 before the first. */
  best: number;
  onFrontier: number[];
  dominator: Int32Array;
  dominated: number;
}

/** Visits points in order, best x first (ties: best y first). */
function sweepInOrder(s: Sweep, order: Uint32Array): void {
  const { xs, ys, onFrontier, dominator } = s;
  let best = s.best;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (best < 0 || ys[i]! > ys[best]! || (ys[i] === ys[best] && xs[i] === xs[best])) {
      onFrontier.push(i);
      if (best < 0 || ys[i]! > ys[best]!) best = i;
    } else {
      dominator[i] = best;
      s.dominated++;
    }
  }
  s.best = best;
}

function oneX(xs: Float64Array, members: Uint32Array): boolean {
  const x = xs[members[0]!];
  for (let k = 1; k < members.length; k++) if (xs[members[k]!] !== x) return false;
  return true;
}

/**
 * The sweep over points that share one x, which beat the best y so far (an ordered axis puts a fifth of all
 * points in one bucket): the top y and its duplicates are on the frontier, and the first of them dominates the
 * rest: the same result as sorting them by y first, without the sort.
 */
function sweepOneX(s: Sweep, members: Uint32Array): void {
  const { ys, onFrontier, dominator } = s;
  let top = members[0]!;
  for (let k = 1; k < members.length; k++) if (ys[members[k]!]! > ys[top]!) top = members[k]!;
  for (let k = 0; k < members.length; k++) {
    const i = members[k]!;
    if (ys[i] === ys[top]) onFrontier.push(i);
    else {
      dominator[i] = top;
      s.dominated++;
    }
  }
  s.best = top;
}

/**
 * The same sweep with the same result, without sorting every point. Points go into buckets of decreasing x, and
 * a bucket whose best y does not beat every bucket before it holds no frontier point: each of its points is
 * dominated by the best point before it (better x, y as good). Only the other buckets are sorted and swept
 * one by one, instead of sorting every point.
 */
function sweepByBuckets(s: Sweep, finite: Uint32Array): void {
  const { xs, ys } = s;
  const n = finite.length;
  // Each x as an integer in the same order: the float's high word, sign handled. Equal x, equal key (-0 is 0),
  // and a higher key is a higher x; the low word only splits what one bucket holds anyway.
  const words = new Uint32Array(xs.buffer, xs.byteOffset, xs.length * 2);
  const key = new Uint32Array(n);
  let lowest = 0xffffffff;
  let highest = 0;
  for (let k = 0; k < n; k++) {
    const i = finite[k]!;
    const h = xs[i] === 0 ? 0 : words[2 * i + 1]!;
    const ordered = h >>> 31 === 1 ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    key[k] = ordered;
    if (ordered < lowest) lowest = ordered;
    if (ordered > highest) highest = ordered;
  }
  const buckets = Math.min(MAX_BUCKETS, n >>> 3);
  const span = highest - lowest + 1;
  const bucketOf = new Uint16Array(n);
  const size = new Uint32Array(buckets);
  const topY = new Float64Array(buckets).fill(-Infinity);
  for (let k = 0; k < n; k++) {
    // Bucket 0 holds the highest x. Exact integer arithmetic (below 2^45): a lower bucket means a higher x.
    const b = Math.floor(((highest - key[k]!) * buckets) / span);
    bucketOf[k] = b;
    size[b]!++;
    const y = ys[finite[k]!]!;
    if (y > topY[b]!) topY[b] = y;
  }
  const swept = new Uint8Array(buckets);
  const start = new Uint32Array(buckets + 1);
  let bestY = -Infinity;
  let toSweep = 0;
  for (let b = 0; b < buckets; b++) {
    start[b] = toSweep;
    if (size[b] === 0) continue;
    if (topY[b]! > bestY) {
      swept[b] = 1;
      toSweep += size[b]!;
      bestY = topY[b]!;
    }
  }
  start[buckets] = toSweep;
  // The swept buckets' points, each bucket's in input order (ties keep it).
  const inBucket = new Uint32Array(toSweep);
  const next = start.slice(0, buckets);
  for (let k = 0; k < n; k++) if (swept[bucketOf[k]!]) inBucket[next[bucketOf[k]!]!++] = finite[k]!;
  const bestBefore = new Int32Array(buckets);
  for (let b = 0; b < buckets; b++) {
    if (!swept[b]) bestBefore[b] = s.best;
    else {
      const members = inBucket.subarray(start[b], start[b + 1]);
      if (oneX(xs, members)) sweepOneX(s, members);
      else sweepInOrder(s, sortIndicesDescending(members, xs, ys));
    }
  }
  for (let k = 0; k < n; k++) {
    const b = bucketOf[k]!;
    if (swept[b]) continue;
    s.dominator[finite[k]!] = bestBefore[b]!;
    s.dominated++;
  }
}

/** True when a is at least as good as b on both axes and strictly better on one. */
export function dominates(a: XY, b: XY, xBetter: Direction, yBetter: Direction): boolean {
  const sx = xBetter === 'higher' ? 1 : -1;
  const sy = yBetter === 'higher' ? 1 : -1;
  const dx = (a.x - b.x) * sx;
  const dy = (a.y - b.y) * sy;
  return dx >= 0 && dy >= 0 && (dx > 0 || dy > 0);
}
