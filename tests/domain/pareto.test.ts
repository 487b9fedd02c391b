import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominates, paretoFrontier, xyColumns, type Direction, type XY } from '../../src/domain/pareto';

const pts = (...xs: [string, number, number][]): XY[] => xs.map(([id, x, y]) => ({ id, x, y }));

describe('paretoFrontier', () => {
  it.each<[string, XY[], Direction, Direction, string[]]>([
    ['less size, more score', pts(['a', 7, 64], ['b', 7, 62], ['c', 67, 78], ['d', 72, 77], ['e', 1700, 86]), 'lower', 'higher', ['a', 'c', 'e']],
    ['more and more', pts(['a', 1, 1], ['b', 2, 2], ['c', 3, 1]), 'higher', 'higher', ['b', 'c']],
    ['duplicates both stay on', pts(['a', 1, 5], ['b', 1, 5], ['c', 2, 4]), 'lower', 'higher', ['a', 'b']],
    ['single point', pts(['a', 1, 1]), 'lower', 'higher', ['a']],
    ['empty', [], 'lower', 'higher', []],
  ])('%s', (_l, points, dx, dy, expected) => {
    expect([...paretoFrontier(xyColumns(points), dx, dy).frontier].sort()).toEqual([...expected].sort());
  });

  // Smaller and better: A (1, 10), B (2, 20), D (4, 30) each buy a higher score with more size; C (3, 15) has more
  // size and less score than B, E (2, 5) the same size as B and less score.
  const handMade = pts(['A', 1, 10], ['B', 2, 20], ['C', 3, 15], ['D', 4, 30], ['E', 2, 5]);

  it('on a hand-made set: A, B and D on the frontier in x order; B dominates C and E', () => {
    const r = paretoFrontier(xyColumns(handMade), 'lower', 'higher');
    expect(r.frontier).toEqual(['A', 'B', 'D']);
    expect(r.frontierIndexes).toEqual([0, 1, 3]);
    expect([r.dominatedBy.get('C'), r.dominatedBy.get('E'), r.dominatedBy.get('A')]).toEqual(['B', 'B', undefined]);
    expect(r.dominatedBy.size).toBe(2);
  });

  it('on the same set with more size counted as better: D alone (largest and best), dominating the rest', () => {
    const r = paretoFrontier(xyColumns(handMade), 'higher', 'higher');
    expect(r.frontier).toEqual(['D']);
    expect(['A', 'B', 'C', 'E'].map((id) => r.dominatedBy.get(id))).toEqual(['D', 'D', 'D', 'D']);
  });

  it('on the same set with a lower score counted as better: E (2, 5) beats A, B and C; A is smallest', () => {
    expect(paretoFrontier(xyColumns(handMade), 'lower', 'lower').frontier).toEqual(['A', 'E']);
  });

  it('names a dominating frontier point for every point off the frontier', () => {
    const r = paretoFrontier(xyColumns(pts(['gemma', 7, 64.3], ['mistral', 7, 62.5], ['deepseek', 67, 78.5], ['qwen', 72, 77.3])), 'lower', 'higher');
    expect(r.dominatedBy.get('mistral')).toBe('gemma');
    expect(r.dominatedBy.get('qwen')).toBe('deepseek');
  });

  const arbPoints = fc.array(fc.record({ x: fc.integer({ min: 0, max: 20 }), y: fc.integer({ min: 0, max: 20 }) }), { maxLength: 60 })
    .map((ps) => ps.map((p, i) => ({ id: `p${i}`, ...p })));
  const arbDir = fc.constantFrom<Direction>('higher', 'lower');

  it('no frontier point is dominated by any point', () => {
    fc.assert(fc.property(arbPoints, arbDir, arbDir, (points, dx, dy) => {
      const { frontier } = paretoFrontier(xyColumns(points), dx, dy);
      const byId = new Map(points.map((p) => [p.id, p]));
      for (const id of frontier) for (const q of points) expect(dominates(q, byId.get(id)!, dx, dy)).toBe(false);
    }));
  });

  it('every point off the frontier is dominated by the frontier point it names', () => {
    fc.assert(fc.property(arbPoints, arbDir, arbDir, (points, dx, dy) => {
      const { frontier, dominatedBy } = paretoFrontier(xyColumns(points), dx, dy);
      const byId = new Map(points.map((p) => [p.id, p]));
      const on = new Set(frontier);
      for (const p of points) {
        if (on.has(p.id)) continue;
        const d = dominatedBy.get(p.id);
        expect(d && on.has(d)).toBe(true);
        expect(dominates(byId.get(d!)!, p, dx, dy)).toBe(true);
      }
      expect(frontier.length + dominatedBy.size).toBe(points.length);
    }));
  });

  it('holds both properties on sets large enough for the radix sort, with many ties and negative values', () => {
    const big = fc.array(fc.record({ x: fc.integer({ min: -40, max: 40 }), y: fc.double({ min: -5, max: 5, noNaN: true }) }), { minLength: 21_000, maxLength: 21_000 })
      .map((ps) => ps.map((p, i) => ({ id: `p${i}`, ...p })));
    fc.assert(fc.property(big, arbDir, arbDir, (points, dx, dy) => {
      const { frontier, dominatedBy } = paretoFrontier(xyColumns(points), dx, dy);
      const byId = new Map(points.map((p) => [p.id, p]));
      const on = new Set(frontier);
      for (const id of frontier) for (const q of points) if (dominates(q, byId.get(id)!, dx, dy)) expect.fail(`${q.id} dominates frontier point ${id}`);
      for (const p of points) {
        if (on.has(p.id)) continue;
        const d = dominatedBy.get(p.id);
        if (!d || !on.has(d) || !dominates(byId.get(d)!, p, dx, dy)) expect.fail(`${p.id} is off the frontier but ${d} does not dominate it`);
      }
    }), { numRuns: 4, endOnFailure: true });
  });

  /** The plain algorithm: sort every point by x then y (best first), and sweep. */
  function sortAndSweep(points: readonly XY[], dx: Direction, dy: Direction) {
    const sx = dx === 'higher' ? 1 : -1;
    const sy = dy === 'higher' ? 1 : -1;
    const xs = points.map((p) => p.x * sx);
    const ys = points.map((p) => p.y * sy);
    const order = points.map((_, i) => i).filter((i) => Number.isFinite(xs[i]) && Number.isFinite(ys[i]))
      .sort((a, b) => xs[b]! - xs[a]! || ys[b]! - ys[a]!);
    const on: number[] = [];
    const dominatedBy = new Map<string, string>();
    let best = -1;
    for (const i of order) {
      if (best < 0 || ys[i]! > ys[best]! || (ys[i] === ys[best] && xs[i] === xs[best])) {
        on.push(i);
        if (best < 0 || ys[i]! > ys[best]!) best = i;
      } else dominatedBy.set(points[i]!.id, points[best]!.id);
    }
    return { frontier: on.sort((a, b) => points[a]!.x - points[b]!.x).map((i) => points[i]!.id), dominatedBy };
  }

  // Ties, both zeros, extremes, values a chart cannot plot, and the skewed spread of parameter counts.
  const anyX = fc.oneof(
    { arbitrary: fc.integer({ min: -40, max: 40 }), weight: 4 },
    { arbitrary: fc.double({ min: 0, max: 12, noNaN: true }).map((e) => 10 ** e), weight: 4 },
    { arbitrary: fc.double(), weight: 2 },
    { arbitrary: fc.constantFrom(0, -0, Number.MIN_VALUE, -Number.MAX_VALUE, Infinity, NaN), weight: 1 },
  );
  const anyY = fc.oneof(fc.double({ min: -5, max: 100, noNaN: true }), fc.integer({ min: 0, max: 10 }), fc.constantFrom(-0, NaN));

  // An ordered scale (cost tier) puts thousands of points on each x.
  const tier = fc.integer({ min: 0, max: 4 });
  it.each([
    [2_500, 'mixed x values', anyX],
    [30_000, 'mixed x values', anyX],
    [5_000, 'five x values', tier],
  ])('gives what sorting every point gives, frontier and dominators alike, on %i points with %s', (size, _label, xs) => {
    const arb = fc.array(fc.record({ x: xs, y: anyY }), { minLength: size, maxLength: size })
      .map((ps) => ps.map((p, i) => ({ id: `p${i}`, ...p })));
    fc.assert(fc.property(arb, arbDir, arbDir, (points, dx, dy) => {
      const got = paretoFrontier(xyColumns(points), dx, dy);
      const want = sortAndSweep(points, dx, dy);
      expect(got.frontier).toEqual(want.frontier);
      expect(got.frontierIndexes.map((i) => points[i]!.id)).toEqual(want.frontier);
      expect(got.dominatedBy.size).toBe(want.dominatedBy.size);
      for (const p of points) if (got.dominatedBy.get(p.id) !== want.dominatedBy.get(p.id)) expect.fail(`${p.id}: ${got.dominatedBy.get(p.id)} ≠ ${want.dominatedBy.get(p.id)}`);
    }), { numRuns: size > 10_000 ? 4 : 12, endOnFailure: true }); // shrinking 30,000 points takes minutes
  });

  it('counts 0 and -0 as the same x on large sets', () => {
    // Their float bits differ: keyed apart, the -0 half would read as dominated by its +0 duplicates.
    const points = Array.from({ length: 4_000 }, (_, i) => ({ id: `p${i}`, x: i % 2 ? -0 : 0, y: 1 }));
    const { frontier, dominatedBy } = paretoFrontier(xyColumns(points), 'higher', 'higher');
    expect(frontier).toHaveLength(4_000);
    expect(dominatedBy.size).toBe(0);
  });

  it('orders the frontier by x for drawing', () => {
    fc.assert(fc.property(arbPoints, arbDir, arbDir, (points, dx, dy) => {
      const byId = new Map(points.map((p) => [p.id, p]));
      const xs = paretoFrontier(xyColumns(points), dx, dy).frontier.map((id) => byId.get(id)!.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }));
  });
});
