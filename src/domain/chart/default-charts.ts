// The charts a dataset opens on, and the chart "Add chart" proposes: pairs of fields chosen by how many of the
// dataset's models have both values, so a default chart plots most of its models, whatever the data and fields.
import { DERIVED_FIELDS } from '../explain-value';
import { FIELDS, FIELD_KEYS, type FieldDef, type FieldKey } from '../fields';
import type { ModelRecord } from '../model';
import type { ChartView } from '../view-state';

/** A positive range this wide (max / min) reads better on a log scale: sizes, compute, prices. Never a score (a
 * field with limits, 0–100%): a log scale would stretch its low, least telling end. */
const LOG_SPAN = 20;

const isScale = (f: FieldDef) => f.kind === 'numeric' || f.kind === 'ordinal';
/** What is measured against cost: a published score. */
const isCapability = (f: FieldDef) => isScale(f) && f.better === 'higher' && !DERIVED_FIELDS.has(f.key);
/** What a score is read against: size, compute, cost, or any other kind of axis (time, say). */
const isCost = (f: FieldDef) => !DERIVED_FIELDS.has(f.key) && (!isScale(f) || f.better === 'lower');

interface FieldStats {
  /** One bit per model, set where it has a value (above zero when the axis would be logarithmic). */
  has: Uint32Array;
  log: boolean;
}

function statsOf(field: FieldDef, models: readonly ModelRecord[]): FieldStats {
  const has = new Uint32Array(Math.ceil(models.length / 32));
  const positive = new Uint32Array(has.length);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < models.length; i++) {
    const v = field.get(models[i]!).value;
    if (v === null) continue;
    const bit = 1 << (i & 31);
    has[i >>> 5]! |= bit;
    if (v > 0) {
      positive[i >>> 5]! |= bit;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  const log = field.kind === 'numeric' && !field.limits && hi / lo >= LOG_SPAN;
  return { has: log ? positive : has, log };
}

/** How many models have both values. */
const coverage = (a: FieldStats, b: FieldStats) => {
  let n = 0;
  for (let w = 0; w < a.has.length; w++) n += bitCount(a.has[w]! & b.has[w]!);
  return n;
};

function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

interface Pair {
  x: FieldKey;
  y: FieldKey;
  covered: number;
  kind: 'cost' | 'capability' | 'other';
}

/** Every ordered pair of different fields, capability-against-cost pairs first, each in field order. */
function pairsOf(models: readonly ModelRecord[], keys: readonly FieldKey[]): { pairs: Pair[]; stats: Map<FieldKey, FieldStats> } {
  const stats = new Map(keys.map((k) => [k, statsOf(FIELDS[k], models)]));
  const pairs: Pair[] = [];
  for (const y of keys) {
    for (const x of keys) {
      if (x === y) continue;
      const [fx, fy] = [FIELDS[x], FIELDS[y]];
      const kind = isCapability(fy) && isCost(fx) ? 'cost' : isCapability(fy) && isCapability(fx) && keys.indexOf(x) < keys.indexOf(y) ? 'capability' : 'other';
      pairs.push({ x, y, kind, covered: coverage(stats.get(x)!, stats.get(y)!) });
    }
  }
  const order = { cost: 0, capability: 1, other: 2 };
  return { pairs: pairs.sort((a, b) => order[a.kind] - order[b.kind]), stats };
}

/** The best-covered pair (ties: the first, in preference order). */
const best = (pairs: readonly Pair[]) => pairs.reduce<Pair | undefined>((top, p) => (!top || p.covered > top.covered ? p : top), undefined);

/**
 * A pair's chart; its frontier drawn only where a score is traded against something: of two costs (size over time,
 * size against compute), "smallest and earliest" would crown the 1990s' LSTMs.
 */
function view(p: Pair, stats: Map<FieldKey, FieldStats>): ChartView {
  return { x: p.x, y: p.y, logX: stats.get(p.x)!.log, logY: stats.get(p.y)!.log, showFrontier: p.kind !== 'other', flipX: false, flipY: false };
}

/**
 * Three charts for a dataset: a score against size (or the first cost that most models have), one score against
 * another, and a score against a different cost; each pair must cover at least half the models where one can.
 */
export function defaultCharts(models: readonly ModelRecord[], keys: readonly FieldKey[] = FIELD_KEYS): ChartView[] {
  // Computed metrics are never a default: reading them for every model is most of the cost at 100,000.
  const { pairs, stats } = pairsOf(models, keys.filter((k) => !DERIVED_FIELDS.has(k)));
  const most = (p: Pair) => p.covered > 0 && p.covered * 2 >= models.length;
  const cost = pairs.filter((p) => p.kind === 'cost');
  const first = cost.find(most) ?? best(cost);
  const second = best(pairs.filter((p) => p.kind === 'capability' && most(p)));
  const rest = cost.filter((p) => p !== first && most(p));
  const third = best(rest.filter((p) => p.x !== first?.x)) ?? best(rest.filter((p) => p.y !== second?.y)) ?? best(rest);
  const chosen = [first, second, third].filter((p): p is Pair => p !== undefined && p.covered > 0);
  for (const p of pairs) {
    if (chosen.length >= 3) break;
    if (p.covered > 0 && !chosen.some((c) => c.x === p.x && c.y === p.y) && p.kind !== 'other') chosen.push(p);
  }
  // Data with no scores (Epoch AI's: size, compute, dates) opens on what it has: the best-covered other pairs, a
  // date only ever across, and never the same two fields both ways round.
  const others = pairs.filter((p) => p.kind === 'other' && p.covered > 0 && FIELDS[p.y].kind !== 'time')
    .sort((a, b) => b.covered - a.covered);
  for (const p of others) {
    if (chosen.length >= 3) break;
    if (!chosen.some((c) => (c.x === p.x && c.y === p.y) || (c.x === p.y && c.y === p.x))) chosen.push(p);
  }
  return chosen.map((p) => view(p, stats));
}

/** The fields at least one of these models has a value for, in field order: what an axis can usefully show. */
export function fieldsWithValues(models: readonly ModelRecord[], keys: readonly FieldKey[] = FIELD_KEYS): FieldKey[] {
  return keys.filter((k) => models.some((m) => FIELDS[k].get(m).value !== null));
}

/** Whether an axis of this field reads better on a log scale for these models (the default when it is picked). */
export function prefersLog(field: FieldDef, models: readonly ModelRecord[]): boolean {
  return statsOf(field, models).log;
}

/** The chart "Add chart" offers: the best-covered pair not shown yet, preferring scores against costs. */
export function proposeChart(models: readonly ModelRecord[], shown: readonly Pick<ChartView, 'x' | 'y'>[], keys: readonly FieldKey[] = FIELD_KEYS): ChartView {
  const isFresh = (p: Pair) => !shown.some((s) => s.x === p.x && s.y === p.y);
  // Published fields first; computed metrics are read only once every pair of those is shown.
  const published = pairsOf(models, keys.filter((k) => !DERIVED_FIELDS.has(k)));
  const first = best(published.pairs.filter((p) => p.kind !== 'other' && isFresh(p)));
  if (first) return view(first, published.stats);
  const { pairs, stats } = pairsOf(models, keys);
  return view(best(pairs.filter(isFresh)) ?? pairs[0]!, stats);
}
