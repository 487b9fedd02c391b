// Keyboard travel between a chart's points (screen positions, y downwards): the nearest point in an arrow's
// direction, and the extremes for Home and End. One pass over the points per key, so it holds at 100,000.

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXIS: Record<Direction, { along: 'x' | 'y'; sign: 1 | -1 }> = {
  right: { along: 'x', sign: 1 }, left: { along: 'x', sign: -1 }, down: { along: 'y', sign: 1 }, up: { along: 'y', sign: -1 },
};

/** How much a step sideways costs against a step in the arrow's direction: the path straight ahead wins. */
const ACROSS_WEIGHT = 2;

/**
 * The point nearest `from` in the direction, by distance ahead plus twice the distance across; -1 when none lies
 * that way. Points at the very same position are stepped through in index order (right and down go forward).
 */
export function nearestInDirection(px: ArrayLike<number>, py: ArrayLike<number>, from: number, dir: Direction): number {
  const { along, sign } = AXIS[dir];
  const [a, b] = along === 'x' ? [px, py] : [py, px];
  const a0 = a[from]!;
  const b0 = b[from]!;
  let best = -1;
  let bestCost = Infinity;
  for (let j = 0; j < a.length; j++) {
    if (j === from) continue;
    const ahead = (a[j]! - a0) * sign;
    const across = Math.abs(b[j]! - b0);
    const stacked = ahead === 0 && across === 0 && (sign > 0 ? j > from : j < from);
    if (ahead <= 0 && !stacked) continue;
    const cost = ahead + ACROSS_WEIGHT * across;
    // Among stacked points the nearest index is next.
    if (cost < bestCost || (cost === bestCost && Math.abs(j - from) < Math.abs(best - from))) {
      best = j;
      bestCost = cost;
    }
  }
  return best;
}

/** The leftmost point (ties: the higher one) or the rightmost (ties: the higher one); -1 when there are none. */
export function extremePoint(px: ArrayLike<number>, py: ArrayLike<number>, which: 'first' | 'last'): number {
  let best = -1;
  for (let j = 0; j < px.length; j++) {
    if (best < 0) {
      best = j;
      continue;
    }
    const d = (px[j]! - px[best]!) * (which === 'first' ? -1 : 1);
    if (d > 0 || (d === 0 && py[j]! < py[best]!)) best = j;
  }
  return best;
}
