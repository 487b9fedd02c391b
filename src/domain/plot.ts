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

/**
 * Each model's position in a list, by id: built once per list and shared by everything that plots that list.
 * A hover (from a table row, by id) finds its point through it: a map per chart, built on the first hover
 * after each change of data, cost ~30 ms a chart at 100,000 models, all three in the hover's frame. It can be
 * built ahead of need a part at a time (buildPositionsById): in one piece, at 100,000 models, it was a 37-63 ms
 * task (Node) and a 53 ms idle callback in an import's trace (Chromium), and a click that came meanwhile waited.
 */
interface PositionIndex {
  byId: Map<string, number>;
  /** The map holds models[0 .. built). */
  built: number;
}

const positionsById = new WeakMap<readonly ModelRecord[], PositionIndex>();

function extendPositions(models: readonly ModelRecord[], index: PositionIndex, until: number): void {
  const { byId } = index;
  // In list order, so that of two models with one id the later is found, whether built at once or in parts.
  for (let i = index.built; i < until; i++) byId.set(models[i]!.id, i);
  index.built = until;
}

function positionIndex(models: readonly ModelRecord[]): PositionIndex {
  let index = positionsById.get(models);
  if (!index) {
    index = { byId: new Map(), built: 0 };
    positionsById.set(models, index);
  }
  return index;
}

export function positionById(models: readonly ModelRecord[]): ReadonlyMap<string, number> {
  const index = positionIndex(models);
  if (index.built < models.length) extendPositions(models, index, models.length);
  return index.byId;
}

/** Adds up to `count` more models to the list's map; answers true once it holds them all. */
export function buildPositionsById(models: readonly ModelRecord[], count: number): boolean {
  const index = positionIndex(models);
  extendPositions(models, index, Math.min(models.length, index.built + Math.max(1, count)));
  return index.built === models.length;
}

export interface NotPlotted {
  model: ModelRecord;
  reason: string;
}

/**
 * A chart's plotted points, kept as columns: one typed array per value and the plotted models in order. At
 * 100,000 models a point object per model per chart (with its two boxed numbers, ~0.9 million objects for three
 * charts) was a large part of what each garbage collection had to copy, and a pass over every point (axis
 * extents, placing marks) mostly waited on memory. A point as an object is built only when one is asked for.
 */
export class PlotPoints {
  readonly length: number;
  private all: PlotPoint[] | null = null;

  constructor(
    /** The plotted models, in the points' order. */
    readonly models: readonly ModelRecord[],
    readonly x: Float64Array,
    readonly y: Float64Array,
    /** The cost-tier rank (a mark's shape), NaN where there is none. */
    readonly tier: Float64Array,
    /** 1 where either value is an estimate (a hollow mark). */
    readonly estimated: Uint8Array,
    /** The models' organizations (a mark's colour). */
    readonly organization: readonly string[],
    /** Indexes of the points with an estimate's interval on either axis (few; the axes must span them too). */
    readonly ranged: readonly number[],
    private readonly fields: { x: FieldDef; y: FieldDef },
    /** The list the points were made from, and for each of its models the point's index (-1: not plotted). */
    private readonly source: readonly ModelRecord[],
    private readonly pointOf: Int32Array,
  ) {
    this.length = models.length;
  }

  id(i: number): string {
    return this.models[i]!.id;
  }

  /** The index of the point of the model with this id, or -1 (not in the list, or not plotted). */
  indexOfId(id: string): number {
    const at = positionById(this.source).get(id);
    return at === undefined ? -1 : this.pointOf[at]!;
  }

  /** Point i as an object (a tooltip, a highlight, a keyboard label). */
  at(i: number): PlotPoint {
    const model = this.models[i]!;
    return {
      id: model.id, model, x: this.x[i]!, y: this.y[i]!,
      xm: this.fields.x.get(model), ym: this.fields.y.get(model), estimated: this.estimated[i] === 1,
    };
  }

  /** Every point as an object, built once: for small sets drawn as SVG marks. */
  toArray(): readonly PlotPoint[] {
    this.all ??= Array.from({ length: this.length }, (_, i) => this.at(i));
    return this.all;
  }
}

export interface PlotData {
  points: PlotPoints;
  notPlotted: NotPlotted[];
}

function whyNot(field: FieldDef, m: Measured, log: boolean): string | null {
  if (m.value === null) return `${field.name} ${m.status === 'undisclosed' ? 'undisclosed' : 'missing'}`;
  if (log && m.value <= 0) return `${field.name} is ${m.value}, which a log scale cannot show`;
  return null;
}

export function plotData(models: readonly ModelRecord[], x: FieldDef, y: FieldDef, logX = false, logY = false): PlotData {
  const plotted: ModelRecord[] = [];
  const notPlotted: NotPlotted[] = [];
  const n = models.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const tier = new Float64Array(n);
  const estimated = new Uint8Array(n);
  const organization: string[] = [];
  const ranged: number[] = [];
  const pointOf = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const model = models[k]!;
    const xm = x.get(model);
    const ym = y.get(model);
    // No per-model arrays: at 100,000 models a chart's garbage is most of its cost.
    const whyX = whyNot(x, xm, logX);
    const whyY = whyNot(y, ym, logY);
    if (whyX !== null || whyY !== null) {
      notPlotted.push({ model, reason: whyX !== null && whyY !== null ? `${whyX}; ${whyY}` : (whyX ?? whyY)! });
      continue;
    }
    const at = plotted.push(model) - 1;
    pointOf[k] = at;
    xs[at] = xm.value as number;
    ys[at] = ym.value as number;
    tier[at] = model.costTier.value ?? NaN;
    estimated[at] = xm.status === 'estimated' || ym.status === 'estimated' ? 1 : 0;
    organization.push(model.organization);
    if (xm.range || ym.range) ranged.push(at);
  }
  const count = plotted.length;
  const points = new PlotPoints(
    plotted, xs.subarray(0, count), ys.subarray(0, count), tier.subarray(0, count), estimated.subarray(0, count), organization, ranged, { x, y },
    models, pointOf,
  );
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
