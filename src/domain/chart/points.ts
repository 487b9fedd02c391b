// Turns models into the points of one chart, and names every model that cannot be plotted and why.
import { describeValue, type FieldDef } from '../fields';
import type { Measured } from '../measured';
import type { ModelRecord } from '../model';
import { leadOrganization } from '../org-colours';

export interface PlotPoint {
  id: string;
  model: ModelRecord;
  x: number;
  y: number;
  xm: Measured;
  ym: Measured;
  estimated: boolean;
}

/** Why a value cannot be plotted: withheld, absent, or at or below zero on a log scale. */
export type Unplottable = 'undisclosed' | 'missing' | 'nonpositive';

export interface NotPlotted {
  model: ModelRecord;
  reason: string;
  /** What is wrong with each axis's value, null where it is fine. */
  x: Unplottable | null;
  y: Unplottable | null;
}

/**
 * A chart's plotted points, kept as columns (one typed array per value, the plotted models in order): a point
 * object per model per chart is garbage the collector must copy at large sizes. A point as an object is built
 * only when one is asked for.
 */
export class PlotPoints {
  readonly length: number;
  private all: PlotPoint[] | null = null;
  private byId: Map<string, number> | null = null;

  constructor(
    /** The plotted models, in the points' order. */
    readonly models: readonly ModelRecord[],
    readonly x: Float64Array,
    readonly y: Float64Array,
    /** The cost-tier rank (a mark's shape), NaN where there is none. */
    readonly tier: Float64Array,
    /** 1 where either value is an estimate (a hollow mark). */
    readonly estimated: Uint8Array,
    /** The organisation each mark is coloured and listed by: the first listed where a model credits several. */
    readonly organization: readonly string[],
    /** Indexes of the points with an estimate's interval on either axis (few; the axes must span them too). */
    readonly ranged: readonly number[],
    /** Indexes of the points of a highlighted group (the article's six among the leaderboard's), drawn on top. */
    readonly highlighted: readonly number[],
    private readonly fields: { x: FieldDef; y: FieldDef },
  ) {
    this.length = models.length;
  }

  id(i: number): string {
    return this.models[i]!.id;
  }

  /**
   * The index of the last point of the model with this id, or -1 (not in the list, or not plotted). The map is
   * built at the first lookup: hovering the table while it scrolls asks at every frame, and comparing every id
   * each time cost more than the frame; most lists are replaced by the next filter before anyone points.
   */
  indexOfId(id: string): number {
    if (!this.byId) {
      this.byId = new Map();
      for (let i = 0; i < this.length; i++) this.byId.set(this.models[i]!.id, i);
    }
    return this.byId.get(id) ?? -1;
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

function whyNot(m: Measured, log: boolean): Unplottable | null {
  if (m.value === null) return m.status === 'undisclosed' ? 'undisclosed' : 'missing';
  return log && m.value <= 0 ? 'nonpositive' : null;
}

function sayWhy(field: FieldDef, m: Measured, why: Unplottable): string {
  return why === 'nonpositive' ? `${field.name} is ${m.value}, which a log scale cannot show` : `${field.name} ${why}`;
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
  const highlighted: number[] = [];
  for (let k = 0; k < n; k++) {
    const model = models[k]!;
    const xm = x.get(model);
    const ym = y.get(model);
    // No per-model arrays: at large sizes a chart's garbage is most of its cost.
    const whyX = whyNot(xm, logX);
    const whyY = whyNot(ym, logY);
    if (whyX !== null || whyY !== null) {
      const reasons = [whyX && sayWhy(x, xm, whyX), whyY && sayWhy(y, ym, whyY)].filter(Boolean);
      notPlotted.push({ model, reason: reasons.join('; '), x: whyX, y: whyY });
      continue;
    }
    const at = plotted.push(model) - 1;
    xs[at] = xm.value as number;
    ys[at] = ym.value as number;
    tier[at] = model.costTier.value ?? NaN;
    estimated[at] = xm.status === 'estimated' || ym.status === 'estimated' ? 1 : 0;
    organization.push(leadOrganization(model.organization));
    if (xm.range || ym.range) ranged.push(at);
    if (model.highlight) highlighted.push(at);
  }
  const count = plotted.length;
  const points = new PlotPoints(
    plotted, xs.subarray(0, count), ys.subarray(0, count), tier.subarray(0, count), estimated.subarray(0, count), organization, ranged, highlighted, { x, y },
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
