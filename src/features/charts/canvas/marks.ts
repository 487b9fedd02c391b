// A canvas layer's marks: each plotted point's position in the plot area and its style (colour, shape, fill),
// kept as columns, and found again by point or by position.
import { projector, type AxisSpec } from '../../../domain/chart/axis-scale';
import type { PlotPoints } from '../../../domain/chart/points';
import type { SymbolKind } from '../../../lib/symbols';
import { organizationColour } from '../../../domain/org-colours';
import { shapeForTier } from '../shapes';

/** How a mark looks: one sprite is drawn per distinct style. */
export interface SpriteKey {
  colour: string;
  kind: SymbolKind;
  hollow: boolean;
}

/** Marks as columns: a mark object per point is garbage the collector must copy at large sizes. */
export interface MarkSet {
  length: number;
  /** Position relative to the plot area's top-left corner, in CSS pixels. */
  px: Float64Array;
  py: Float64Array;
  /** Index into `sprites`, per mark. */
  sprite: Uint16Array;
  sprites: readonly SpriteKey[];
  /** Index into the chart's points, per mark, ascending: a point off the scale gets no mark. */
  point: Uint32Array;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Numbers each distinct colour, shape and fill as marks are added, without a string key per mark. */
export class SpriteNumbers {
  readonly sprites: SpriteKey[] = [];
  private readonly byColour = new Map<string, Map<SymbolKind, [number, number]>>();

  of(colour: string, kind: SymbolKind, hollow: boolean): number {
    let byKind = this.byColour.get(colour);
    if (!byKind) this.byColour.set(colour, (byKind = new Map()));
    let pair = byKind.get(kind);
    if (!pair) byKind.set(kind, (pair = [-1, -1]));
    const i = hollow ? 1 : 0;
    if (pair[i] < 0) {
      pair[i] = this.sprites.length;
      this.sprites.push({ colour, kind, hollow });
    }
    return pair[i];
  }
}

/**
 * The points' marks in a plot area of this size: the axes' domains span it, y upwards. The same placement serves
 * the canvas, hit-testing and exports.
 */
export function placeMarks(points: PlotPoints, xAxis: AxisSpec, yAxis: AxisSpec, area: Pick<Area, 'width' | 'height'>): MarkSet {
  const toX = projector(xAxis, 0, area.width);
  const toY = projector(yAxis, area.height, 0);
  const n = points.length;
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  const sprite = new Uint16Array(n);
  const point = new Uint32Array(n);
  const numbers = new SpriteNumbers();
  // Organisations repeat: each one's colour is worked out once per placement.
  const colours = new Map<string, string>();
  const colourOf = (org: string) => colours.get(org) ?? colours.set(org, organizationColour(org)).get(org)!;
  let length = 0;
  for (let i = 0; i < n; i++) {
    const x = toX(points.x[i]!);
    const y = toY(points.y[i]!);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    px[length] = x;
    py[length] = y;
    const tier = points.tier[i]!;
    sprite[length] = numbers.of(colourOf(points.organization[i]!), shapeForTier(Number.isNaN(tier) ? null : tier), points.estimated[i] === 1);
    point[length] = i;
    length++;
  }
  return {
    length, px: px.subarray(0, length), py: py.subarray(0, length), sprite: sprite.subarray(0, length),
    sprites: numbers.sprites, point: point.subarray(0, length),
  };
}

/** The mark of point j, or -1 when it has none (marks keep their points' order). */
export function markOf(marks: MarkSet, j: number): number {
  let lo = 0;
  let hi = marks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = marks.point[mid]!;
    if (at === j) return mid;
    if (at < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const CELL = 12;
const HIT_RADIUS = 8;

/**
 * Finding marks by position (a 12-px grid). The grid is built on first use, since most sets of marks are never
 * pointed at before the next filter replaces them.
 */
export class MarkFinder {
  private grid: Map<number, number[]> | null = null;

  constructor(readonly marks: MarkSet) {}

  /** The mark nearest (x, y) in plot-area pixels within the hit radius, or -1. */
  nearest(x: number, y: number): number {
    const { px, py } = this.marks;
    const grid = this.gridOf();
    let best = -1;
    let bestD = HIT_RADIUS * HIT_RADIUS;
    const cx = Math.floor(x / CELL);
    const cy = Math.floor(y / CELL);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const i of grid.get(gx * 100000 + gy) ?? []) {
          const d = (px[i]! - x) ** 2 + (py[i]! - y) ** 2;
          if (d <= bestD) {
            bestD = d;
            best = i;
          }
        }
      }
    }
    return best;
  }

  private gridOf(): Map<number, number[]> {
    if (this.grid) return this.grid;
    const g = new Map<number, number[]>();
    const { px, py, length } = this.marks;
    for (let i = 0; i < length; i++) {
      const k = Math.floor(px[i]! / CELL) * 100000 + Math.floor(py[i]! / CELL);
      const cell = g.get(k);
      if (cell) cell.push(i);
      else g.set(k, [i]);
    }
    this.grid = g;
    return g;
  }
}
