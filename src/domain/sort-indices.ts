// Orders point indices by two number keys without a comparator: an LSD radix sort over the keys' bits, for large
// sets where a comparator sort's millions of calls dominate (figures: docs/performance.md).

/**
 * Below this many items the comparator sort is as fast, and its code is warm sooner.
 */
const RADIX_FROM = 20_000;
/** 11-bit digits: six passes per 64-bit key with 2,048 buckets, cheap to clear even when the code is still cold. */
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;

/**
 * The indices `which` ordered by `first` descending, then by `second` descending; ties keep the order of
 * `which`. Keys must be finite (-0 counts as 0).
 */
export function sortIndicesDescending(which: Uint32Array, first: Float64Array, second: Float64Array): Uint32Array {
  if (which.length < RADIX_FROM) {
    return Uint32Array.from(which).sort((a, b) => first[b]! - first[a]! || second[b]! - second[a]!);
  }
  // Least significant key first; each pass is stable, so the order by `second` survives among equal `first`.
  const bySecond = radixPasses(which, descendingKeys(second));
  return radixPasses(bySecond, descendingKeys(first));
}

/**
 * Each float as two 32-bit words whose unsigned order is the float's descending order: the IEEE bit pattern
 * with its sign handled (negative numbers flipped entirely, positive ones only in the sign bit), then inverted.
 */
function descendingKeys(values: Float64Array): { hi: Uint32Array; lo: Uint32Array } {
  const n = values.length;
  const floats = new Float64Array(n);
  for (let i = 0; i < n; i++) floats[i] = values[i]! + 0; // -0 + 0 is +0: the two zeros are one key
  const words = new Uint32Array(floats.buffer);
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  // Words are little-endian on every platform browsers run on: [low word, high word] per float.
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1]!;
    const l = words[2 * i]!;
    const negative = h >>> 31 === 1;
    // Ascending key: negative → all bits flipped; positive → sign bit set. Descending: its complement.
    hi[i] = negative ? h : ~(h | 0x80000000) >>> 0;
    lo[i] = negative ? l : ~l >>> 0;
  }
  return { hi, lo };
}

function radixPasses(order: Uint32Array, keys: { hi: Uint32Array; lo: Uint32Array }): Uint32Array {
  // Into fresh buffers: the passes ping-pong between two, and the caller's array is not one of them.
  let from = Uint32Array.from(order);
  let to = new Uint32Array(order.length);
  const n = from.length;
  const counts = new Uint32Array(BUCKETS);
  // A 64-bit key as digits of the low word (bits 0-10, 11-21, 22-31) then of the high word.
  for (const [word, shift] of [[keys.lo, 0], [keys.lo, 11], [keys.lo, 22], [keys.hi, 0], [keys.hi, 11], [keys.hi, 22]] as const) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(word[from[i]!]! >>> shift) & MASK]!++;
    // Every key has this digit (the sign and exponent bits of similar numbers, say): the pass would move nothing.
    if (counts[(word[from[0]!]! >>> shift) & MASK] === n) continue;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const idx = from[i]!;
      to[counts[(word[idx]! >>> shift) & MASK]!++] = idx;
    }
    [from, to] = [to, from];
  }
  return from;
}
