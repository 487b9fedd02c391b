// Axis domains and ticks for linear, log, ordinal (cost tier) and date axes: pure, so they are tested without a chart.
import type { FieldDef } from '../fields';
import { timeAxis } from './time-axis';

export interface AxisSpec {
  domain: [number, number];
  ticks: number[];
  scale: 'linear' | 'log';
  /** On a date axis, the calendar unit its ticks mark. */
  unit?: 'year' | 'month';
}

/** Min and max without spreading (Math.min(...values) overflows the stack at ~100k values). */
export function extent(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * The values an axis depends on, gathered without keeping them: every axis here is a function of the smallest
 * and largest value and the smallest and largest positive one, so those four stand in for any number of values.
 */
export class AxisValues {
  private lo = Infinity;
  private hi = -Infinity;
  private loPositive = Infinity;
  private hiPositive = -Infinity;
  /** The distinct values while there are few (an ordered scale's categories); null once there are many. */
  private distinct: Set<number> | null = new Set();

  add(v: number): void {
    if (this.distinct && !this.distinct.has(v)) {
      this.distinct.add(v);
      if (this.distinct.size > MAX_CATEGORIES) this.distinct = null;
    }
    if (v < this.lo) this.lo = v;
    if (v > this.hi) this.hi = v;
    if (v > 0) {
      if (v < this.loPositive) this.loPositive = v;
      if (v > this.hiPositive) this.hiPositive = v;
    }
  }

  /** Stand-ins for every value added, for axisFor: the values themselves while they are few. */
  extremes(): number[] {
    if (this.distinct) return [...this.distinct];
    return [this.lo, this.hi, this.loPositive, this.hiPositive].filter(Number.isFinite);
  }
}

/** More categories than an ordered axis could label. */
const MAX_CATEGORIES = 32;

const niceStep = (span: number, target: number) => {
  const raw = span / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
};

export function linearAxis(values: readonly number[], targetTicks = 6): AxisSpec {
  if (values.length === 0) return { domain: [0, 1], ticks: [0, 0.5, 1], scale: 'linear' };
  let [lo, hi] = extent(values);
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, targetTicks);
  // A point exactly on the domain's edge would sit under the axis line: leave a step of room.
  let start = Math.floor(lo / step) * step;
  let end = Math.ceil(hi / step) * step;
  if (start === lo) start -= step;
  if (end === hi) end += step;
  // Counted, not accumulated: where the step is below the values' float precision, t += step never moves.
  const ticks: number[] = [];
  const count = Math.round((end - start) / step);
  for (let k = 0; k <= count; k++) ticks.push(Number((start + k * step).toPrecision(12)));
  return { domain: [start, end], ticks, scale: 'linear' };
}

const NICE = [1, 2, 5];

/** The largest 1-2-5 value ≤ v, or the smallest ≥ v. */
function niceLog(v: number, dir: 'down' | 'up'): number {
  const e = Math.floor(Math.log10(v));
  const candidates = [-1, 0, 1].flatMap((d) => NICE.map((m) => m * 10 ** (e + d))).sort((a, b) => a - b);
  const ok = candidates.filter((c) => (dir === 'down' ? c <= v * (1 + 1e-9) : c >= v * (1 - 1e-9)));
  return (dir === 'down' ? ok.at(-1) : ok[0]) ?? v;
}

export function logAxis(values: readonly number[]): AxisSpec {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return { domain: [1, 10], ticks: [1, 10], scale: 'log' };
  // Clamped far below any real quantity: near the smallest double, the nice bound underflows to 0 and the
  // decade loop below never ends.
  const [min, max] = extent(positive).map((v) => Math.max(v, 1e-300)) as [number, number];
  // As on linear axes, keep points off the edges (a 10B model gets a 5B axis start, not 10B).
  let lo = niceLog(min * 0.999, 'down');
  let hi = niceLog(max * 1.001, 'up');
  if (lo === hi) {
    lo = niceLog(lo * 0.99, 'down');
    hi = niceLog(hi * 1.01, 'up');
  }
  // Few decades: 1-2-5 ticks read better; many decades: powers of ten plus the two ends.
  const all: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of NICE) all.push(Number((m * 10 ** e).toPrecision(6)));
  }
  const inside = all.filter((t) => t >= lo * (1 - 1e-9) && t <= hi * (1 + 1e-9));
  const isPowerOfTen = (t: number) => t === Number((10 ** Math.round(Math.log10(t))).toPrecision(6));
  const ticks = inside.length <= 9 ? inside : [...new Set([lo, ...inside.filter(isPowerOfTen), hi])];
  return { domain: [lo, hi], ticks: ticks.sort((a, b) => a - b), scale: 'log' };
}

/** An ordered scale's axis: a tick for each category that holds a value, spaced by rank (empty ones keep room). */
export function ordinalAxis(values: readonly number[]): AxisSpec {
  if (values.length === 0) return { domain: [-0.5, 0.5], ticks: [0], scale: 'linear' };
  const [lo, hi] = extent(values);
  const ticks = [...new Set(values.map(Math.round))].sort((a, b) => a - b);
  return { domain: [lo - 0.5, hi + 0.5], ticks, scale: 'linear' };
}

/** An axis kept within the field's limits (a percentage never pads past 100%). */
export function clampAxis(axis: AxisSpec, limits: readonly [number, number] | undefined): AxisSpec {
  if (!limits) return axis;
  const [lo, hi] = limits;
  const domain: [number, number] = [Math.max(axis.domain[0], lo), Math.min(axis.domain[1], hi)];
  if (!(domain[0] < domain[1])) return axis;
  return { ...axis, domain, ticks: axis.ticks.filter((t) => t >= domain[0] && t <= domain[1]) };
}

/** How an axis of one kind of field is built. A new kind of field (dates, say) adds an entry here. */
interface AxisKind {
  build(values: readonly number[], log: boolean): AxisSpec;
  /** Why a log scale does not apply to this kind at all; null when it can. */
  noLog(field: FieldDef): string | null;
}

export const AXIS_KINDS: Record<FieldDef['kind'], AxisKind> = {
  numeric: { build: (values, log) => (log ? logAxis(values) : linearAxis(values)), noLog: () => null },
  ordinal: { build: (values) => ordinalAxis(values), noLog: (field) => `${field.label} is an ordered scale, not a quantity` },
  time: { build: (values) => timeAxis(values), noLog: (field) => `${field.label} is a date, not a quantity` },
};

/** Whether the log toggle changes this field's axis. */
export function logApplies(field: FieldDef): boolean {
  return AXIS_KINDS[field.kind].noLog(field) === null;
}

export function axisFor(field: FieldDef, values: readonly number[], log: boolean): AxisSpec {
  return clampAxis(AXIS_KINDS[field.kind].build(values, log && logApplies(field)), field.limits);
}

/**
 * A log toggle only makes sense when every plotted value is above zero (`lowest` is the smallest, Infinity when
 * none is plotted); the reason is shown in its title.
 */
export function logDisabledReason(field: FieldDef, lowest: number): string | null {
  const never = AXIS_KINDS[field.kind].noLog(field);
  if (never) return never;
  if (lowest <= 0) return `${field.label} has values ≤ 0, which a log scale cannot show`;
  return null;
}

/**
 * Maps values on an axis to pixels, the domain's ends to `from` and `to` (y runs bottom to top: from > to), as
 * a chart's linear or log scale does; values a log axis cannot show come out NaN. Plain arithmetic, so a large
 * set is placed without a call into the chart library per point.
 */
export function projector(axis: AxisSpec, from: number, to: number): (v: number) => number {
  const log = axis.scale === 'log';
  const t = log ? Math.log : (v: number) => v;
  const [d0, d1] = axis.domain;
  const t0 = t(d0);
  const span = t(d1) - t0;
  if (!(span !== 0) || !Number.isFinite(span)) return () => NaN;
  const k = (to - from) / span;
  return log ? (v) => (v > 0 ? from + (Math.log(v) - t0) * k : NaN) : (v) => from + (v - t0) * k;
}
