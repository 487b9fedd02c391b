// Number formatting shared by the table, charts, tooltips and exports.

const SIZE_STEPS: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];

/**
 * 100000 → "100,000", as `toLocaleString('en')` writes it: that call builds an ICU formatter each time, and the
 * count line calls it on every filter click.
 */
export function formatInteger(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en');
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** 1.7e12 → "1.7T", 7.3e9 → "7.3B", 175e6 → "175M". */
export function formatCount(value: number): string {
  for (const [step, suffix] of SIZE_STEPS) {
    if (Math.abs(value) >= step) return `${trimNumber(value / step)}${suffix}`;
  }
  return trimNumber(value);
}

/** Up to three significant decimals without trailing zeros ("7", "7.3", "46.7", "0.123"). */
export function trimNumber(value: number, maxDecimals = 2): string {
  if (Math.abs(value) >= 100) return String(Math.round(value * 10) / 10);
  return String(Number(value.toFixed(maxDecimals)));
}

export function formatPercent(value: number): string {
  return `${Number(value.toFixed(2))}%`;
}

/** 2.1e25 → "2.1e25" — FLOP counts only make sense in scientific notation. */
export function formatFlop(value: number): string {
  const [mantissa, exponent] = value.toExponential(2).split('e');
  return `${Number(mantissa)}e${Number(exponent)}`;
}

/** Epoch milliseconds → "2024-02-23" (UTC): dates are shown as days, the precision every source here gives. */
export function formatDate(value: number): string {
  return new Date(value).toISOString().slice(0, 10);
}

/** Epoch milliseconds → "2024-02" (UTC), for time-axis ticks a month or more apart. */
export function formatMonth(value: number): string {
  return new Date(value).toISOString().slice(0, 7);
}

/**
 * US dollars with no more digits than the price needs, so a log axis from $0.25 to $75 reads cleanly: 0.25 →
 * "$0.25", 30 → "$30", 37.5 → "$37.5", 0.0375 → "$0.0375".
 */
export function formatPrice(value: number): string {
  if (value === 0) return '$0';
  const digits = Math.abs(value) >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(Math.abs(value))) + 1);
  return `$${Number(value.toFixed(digits))}`;
}
