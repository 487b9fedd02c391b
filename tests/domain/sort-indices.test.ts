import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortIndicesDescending } from '../../src/domain/sort-indices';

/** The comparator sort it replaces: first descending, then second descending, ties in input order. */
const reference = (which: Uint32Array, first: Float64Array, second: Float64Array) =>
  Array.from(which).sort((a, b) => first[b]! - first[a]! || second[b]! - second[a]!);

const finite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1, -1, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.integer({ min: -3, max: 3 }),
);

describe('sortIndicesDescending', () => {
  it.each([10, 50_000])('matches the comparator sort on %i points with repeated, signed and extreme keys', (size) => {
    fc.assert(fc.property(fc.array(fc.tuple(finite, finite), { minLength: size, maxLength: size }), (pairs) => {
      const first = Float64Array.from(pairs, ([a]) => a);
      const second = Float64Array.from(pairs, ([, b]) => b);
      // Every other index, in reverse: the result follows `which`, not 0..n.
      const which = Uint32Array.from({ length: Math.ceil(size / 2) }, (_, k) => size - 1 - 2 * k);
      expect(Array.from(sortIndicesDescending(which, first, second))).toEqual(reference(which, first, second));
    }), { numRuns: size > 1000 ? 5 : 100 });
  });

  it('leaves the given indices untouched', () => {
    const n = 25_000;
    const which = Uint32Array.from({ length: n }, (_, i) => i);
    const keys = Float64Array.from({ length: n }, (_, i) => (i * 7919) % 101);
    sortIndicesDescending(which, keys, keys);
    expect(Array.from(which.subarray(0, 5))).toEqual([0, 1, 2, 3, 4]);
  });
});
