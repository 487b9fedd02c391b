// Which tick labels an axis shows and how: numbers thinned so none overlap, categories (cost tiers) each labelled,
// wrapped onto two lines or abbreviated where the axis is narrow, never dropped.
import type { AxisSpec } from './axis-scale';
import { textWidth } from './text-width';

export const TICK_FONT_PX = 12;
const TICK_GAP_PX = 6;

/** Ticks with the extent of their labels along an axis of `length` px, from the domain's start. */
function spans(axis: AxisSpec, length: number, half: (t: number) => number) {
  const { ticks, domain, scale } = axis;
  const f = scale === 'log' ? Math.log10 : (v: number) => v;
  const [d0, d1] = [f(domain[0]), f(domain[1])];
  const span = d1 - d0 || 1;
  return ticks.map((t) => {
    const centre = ((f(t) - d0) / span) * length;
    return { t, left: centre - half(t), right: centre + half(t) };
  });
}

/** Keeps both ends and every tick between whose label clears the last kept one; the last displaces the one before. */
function keepClear(labelled: { t: number; left: number; right: number }[]): number[] {
  const [first, ...rest] = labelled;
  const last = rest.pop();
  if (!first || !last) return labelled.map((l) => l.t);
  const kept = [first];
  for (const tick of rest) {
    if (tick.left >= kept[kept.length - 1]!.right + TICK_GAP_PX && tick.right + TICK_GAP_PX <= last.left) kept.push(tick);
  }
  if (kept.length > 1 && last.left < kept[kept.length - 1]!.right + TICK_GAP_PX) kept.pop();
  kept.push(last);
  return kept.map((k) => k.t);
}

/**
 * Drops horizontal tick labels that would overlap, keeping both ends (what Recharts' "preserveStartEnd" does,
 * but from estimated widths: Recharts measures every label in the DOM, a forced layout per chart per render).
 */
export function thinTicks(axis: AxisSpec, label: (v: number) => string, plotWidth: number): number[] {
  if (axis.ticks.length <= 2 || plotWidth <= 0) return axis.ticks;
  return keepClear(spans(axis, plotWidth, (t) => textWidth(label(t), TICK_FONT_PX) / 2));
}

/**
 * The same for a vertical axis, whose labels are a line high: a log axis's end tick (2T) a fraction of a decade
 * from the power of ten below it (1T) would print over it.
 */
export function thinTicksVertically(axis: AxisSpec, plotHeight: number): number[] {
  if (axis.ticks.length <= 2 || plotHeight <= 0) return axis.ticks;
  return keepClear(spans(axis, plotHeight, () => TICK_FONT_PX * 0.6));
}

const fits = (line: string, width: number) => textWidth(line, TICK_FONT_PX) <= width;

/** "Medium" → "Med." so that it fits, keeping at least two letters. */
function abbreviate(word: string, width: number): string {
  const hyphen = word.endsWith('-') ? '-' : '';
  const stem = hyphen ? word.slice(0, -1) : word;
  for (let n = stem.length - 1; n >= 2; n--) {
    const short = `${stem.slice(0, n)}.${hyphen}`;
    if (fits(short, width)) return short;
  }
  return `${stem.slice(0, 2)}.${hyphen}`;
}

/**
 * A category label as the lines that fit `width` px: whole, else split in two at a space or hyphen ("Medium-" /
 * "Low"), else with each part abbreviated ("Med.-" / "Low"). A label is never dropped.
 */
export function fitCategoryLabel(label: string, width: number): string[] {
  if (fits(label, width)) return [label];
  const parts = label.match(/[^\s-]+-?/g) ?? [label];
  if (parts.length === 1) return [abbreviate(label, width)];
  // The split nearest the middle gives two lines of about the same length.
  let best: string[] = [label];
  let bestWidth = Infinity;
  for (let k = 1; k < parts.length; k++) {
    const lines = [parts.slice(0, k).join(' ').replace(/- /g, '-'), parts.slice(k).join(' ').replace(/- /g, '-')];
    const widest = Math.max(...lines.map((l) => textWidth(l, TICK_FONT_PX)));
    if (widest < bestWidth) [best, bestWidth] = [lines, widest];
  }
  return best.map((line) => (fits(line, width) ? line : abbreviate(line, width)));
}

/** The room a category tick has on an axis: the gap between neighbouring ticks, in px. */
export function categoryWidth(axis: AxisSpec, plotWidth: number): number {
  const [d0, d1] = axis.domain;
  return (plotWidth / Math.max(1e-9, d1 - d0)) - TICK_GAP_PX;
}
