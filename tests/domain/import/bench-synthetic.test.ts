// The benchmark imports its seeded synthetic table and waits for every row to be drawn: every row must be valid.
import { describe, expect, it } from 'vitest';
import { syntheticCsv } from '../../../bench/synthetic.mjs';
import { importText } from './helpers';

describe("the benchmark's synthetic table", () => {
  it('imports whole: 10,000 rows, no errors, sizes from 0.1B to 2T read as written', () => {
    const { result } = importText(syntheticCsv(10_000, 42));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.models).toHaveLength(10_000);
    const sizes = result.models.map((m) => m.parameters.value).filter((v): v is number => v !== null);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(0.1e9);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(2e12);
    expect(Math.max(...sizes)).toBeGreaterThan(1e12);
  });
});
