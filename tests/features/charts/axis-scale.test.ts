import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../src/domain/fields';
import { linearAxis, logAxis, logDisabledReason, ordinalAxis } from '../../../src/features/charts/axis-scale';

describe('axis scales', () => {
  it('fits a log axis to 1-2-5 bounds around the data', () => {
    const a = logAxis([7e9, 67e9, 1.7e12]);
    expect(a.domain).toEqual([5e9, 2e12]);
    expect(a.ticks[0]).toBe(5e9);
    expect(a.ticks.at(-1)).toBe(2e12);
    expect(a.ticks.length).toBeLessThanOrEqual(9);
  });

  it('uses 1-2-5 ticks over a short range', () => {
    expect(logAxis([3, 40]).ticks).toEqual([2, 5, 10, 20, 50]);
  });

  it('ignores values ≤ 0 on a log axis', () => {
    expect(logAxis([0, -1, 10]).domain[0]).toBeGreaterThan(0);
  });

  it('pads a linear axis to round steps', () => {
    const a = linearAxis([62.5, 86.8]);
    expect(a.domain[0]).toBeLessThanOrEqual(62.5);
    expect(a.domain[1]).toBeGreaterThanOrEqual(86.8);
    expect(a.ticks.every((t) => t % 5 === 0)).toBe(true);
  });

  it('spans the ranks present on an ordinal axis', () => {
    expect(ordinalAxis([0, 1, 3, 6])).toEqual({ domain: [-0.5, 6.5], ticks: [0, 1, 2, 3, 4, 5, 6], scale: 'linear' });
  });

  it('explains why a log scale is unavailable', () => {
    expect(logDisabledReason(FIELDS.costTier, [1])).toMatch(/ordered scale/);
    expect(logDisabledReason(FIELDS.mmlu, [0, 50])).toMatch(/≤ 0/);
    expect(logDisabledReason(FIELDS.mmlu, [1, 50])).toBeNull();
  });
});
