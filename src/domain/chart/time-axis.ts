// A date axis: ticks on calendar boundaries (months or years, UTC), labelled by the boundary they mark.
import { extent, type AxisSpec } from './axis-scale';

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600];

const monthIndex = (ms: number) => {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const monthStart = (index: number) => Date.UTC(Math.floor(index / 12), index % 12, 1);

/** Ticks every 1, 2, 3 or 6 months or 1, 2, 5, 10… years, about `target` of them, with the points off the edges. */
export function timeAxis(values: readonly number[], target = 6): AxisSpec {
  if (values.length === 0) {
    const now = monthIndex(Date.UTC(2024, 0, 1));
    return { domain: [monthStart(now), monthStart(now + 12)], ticks: [monthStart(now), monthStart(now + 12)], scale: 'linear', unit: 'year' };
  }
  const [lo, hi] = extent(values);
  const first = monthIndex(lo);
  const last = monthIndex(hi) + 1;
  const step = MONTH_STEPS.find((s) => (last - first) / s <= target) ?? MONTH_STEPS.at(-1)!;
  let start = Math.floor(first / step) * step;
  let end = Math.ceil(last / step) * step;
  if (monthStart(start) === lo) start -= step;
  if (monthStart(end) === hi) end += step;
  const ticks: number[] = [];
  for (let m = start; m <= end; m += step) ticks.push(monthStart(m));
  return { domain: [monthStart(start), monthStart(end)], ticks, scale: 'linear', unit: step % 12 === 0 ? 'year' : 'month' };
}

/** A tick's label: the year or the month a date axis marks, else the field's own format. */
export function tickLabel(axis: AxisSpec, format: (v: number) => string): (v: number) => string {
  if (axis.unit === 'year') return (v) => String(new Date(v).getUTCFullYear());
  if (axis.unit === 'month') return (v) => new Date(v).toISOString().slice(0, 7);
  return format;
}
