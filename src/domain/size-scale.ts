// The parameter-size scale behind the range slider: readable stops on a log scale, and the presets.
import { formatCount } from './format';

/**
 * Readable stops from 10M to 2T; the two ends mean "no bound" so nothing outside is cut off silently. Below 1B the
 * steps are coarse: Epoch AI's data holds models from thousands of parameters up, most language models are above.
 */
export const SIZE_STOPS = [
  10e6, 30e6, 100e6, 300e6, 500e6,
  1e9, 1.5e9, 2e9, 3e9, 5e9, 7e9, 10e9, 15e9, 20e9, 30e9, 50e9, 70e9,
  100e9, 150e9, 200e9, 300e9, 500e9, 700e9, 1e12, 1.5e12, 2e12,
] as const;

export const LAST_STOP = SIZE_STOPS.length - 1;

/** The sizes printed under the slider, each where its stop sits on the track (0–100%); 100M would print over 10M. */
export const SCALE_MARKS: readonly { label: string; at: number }[] = [10e6, 1e9, 10e9, 100e9, 1e12]
  .map((v) => ({ label: formatCount(v), at: (100 * SIZE_STOPS.indexOf(v as (typeof SIZE_STOPS)[number])) / LAST_STOP }));

/** The stop index nearest (on a log scale) to a bound; null bounds map to the ends. */
export function stopIndex(value: number | null, end: 'min' | 'max'): number {
  if (value === null) return end === 'min' ? 0 : LAST_STOP;
  let best = 0;
  for (let i = 1; i < SIZE_STOPS.length; i++) {
    if (Math.abs(Math.log(SIZE_STOPS[i]!) - Math.log(value)) < Math.abs(Math.log(SIZE_STOPS[best]!) - Math.log(value))) best = i;
  }
  return best;
}

/** The bounds for a pair of stop indexes: either end of the scale means unbounded. */
export function boundsFromStops(lo: number, hi: number): [number | null, number | null] {
  return [lo <= 0 ? null : SIZE_STOPS[lo] ?? null, hi >= LAST_STOP ? null : SIZE_STOPS[hi] ?? null];
}

export function describeSizeRange(min: number | null, max: number | null): string {
  if (min === null && max === null) return 'All sizes';
  if (min === null) return `Up to ${formatCount(max!)}`;
  if (max === null) return `${formatCount(min)} and up`;
  return `${formatCount(min)} – ${formatCount(max)}`;
}

export const SIZE_PRESETS = [
  { label: 'Edge (≤3B)', min: null, max: 3e9 },
  { label: 'Consumer (3–15B)', min: 3e9, max: 15e9 },
  { label: 'Mid (15–100B)', min: 15e9, max: 100e9 },
  { label: 'Frontier (>100B)', min: 100e9, max: null },
  { label: 'All sizes', min: null, max: null },
] as const;
