import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../src/domain/fields';
import * as fc from 'fast-check';
import { AxisValues, axisFor, projector, linearAxis, logAxis, logDisabledReason, ordinalAxis } from '../../../src/domain/chart/axis-scale';

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

  it('ends a log axis over values near the smallest double (it used to loop until out of memory)', () => {
    const axis = logAxis([Number.MIN_VALUE, 5e-320, 10]);
    expect(axis.domain[0]).toBeGreaterThan(0);
    expect(axis.ticks.length).toBeLessThan(400);
  });

  it('ends a linear axis whose step is below the values\' float precision (it used to loop forever)', () => {
    const axis = linearAxis([1e13, 1e13 + 0.004]);
    expect(axis.ticks.length).toBeGreaterThan(1);
    expect(axis.ticks.length).toBeLessThan(20);
  });

  it('spans the ranks present on an ordinal axis, with a tick for each rank that holds a value only', () => {
    expect(ordinalAxis([0, 1, 3, 6])).toEqual({ domain: [-0.5, 6.5], ticks: [0, 1, 3, 6], scale: 'linear' });
  });

  it.each([
    ['MMLU', FIELDS.mmlu, [52.2, 96.8], false, [50, 100]],
    // Steps of 5 over 60–100, padded a step at each end, then cut back to 100.
    ['MMLU at exactly 100%', FIELDS.mmlu, [60, 100], false, [55, 100]],
    ['MMLU on a log scale', FIELDS.mmlu, [20, 99], true, [10, 100]],
    ['parameters (no limit)', FIELDS.parameters, [60, 100], false, [55, 105]],
  ] as const)('keeps a percent axis within 0–100%: %s', (_name, field, values, log, domain) => {
    const axis = axisFor(field, values, log);
    expect(axis.domain).toEqual(domain);
    expect(Math.max(...axis.ticks)).toBeLessThanOrEqual(domain[1]);
  });

  it('builds the same axis from the four extremes it keeps as from every value', () => {
    const numeric = fc.tuple(fc.constantFrom(FIELDS.parameters, FIELDS.mmlu), fc.array(fc.double({ min: -1e3, max: 1e13, noNaN: true }), { maxLength: 60 }));
    const ranks = fc.tuple(fc.constant(FIELDS.costTier), fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 60 }));
    fc.assert(fc.property(fc.oneof(numeric, ranks), fc.boolean(), ([field, vs], log) => {
      const kept = new AxisValues();
      for (const v of vs) kept.add(v);
      expect(axisFor(field, kept.extremes(), log)).toEqual(axisFor(field, vs, log));
    }));
  });

  it('projects values as a linear or log scale over the same pixels does', () => {
    // What d3's scales (Recharts' own) give: range 60..560 across the domain, y-style inverted for the log one.
    const linear = (v: number) => 60 + ((v - 20) / (100 - 20)) * 500;
    const log = (v: number) => 400 - ((Math.log10(v) - 8) / (13 - 8)) * 380;
    const toLinear = projector({ domain: [20, 100], ticks: [], scale: 'linear' }, 60, 560);
    const toLog = projector({ domain: [1e8, 1e13], ticks: [], scale: 'log' }, 400, 20);
    for (const v of [20, 33.3, 86.4, 100, 150, -5]) expect(toLinear(v)).toBeCloseTo(linear(v), 9);
    for (const v of [1e8, 7e9, 1.7e12, 1e13, 5e13]) expect(toLog(v)).toBeCloseTo(log(v), 9);
    expect(toLog(0)).toBeNaN();
    expect(toLog(-1)).toBeNaN();
  });

  it('places nothing on an axis whose domain has no width', () => {
    expect(projector({ domain: [5, 5], ticks: [], scale: 'linear' }, 0, 100)(5)).toBeNaN();
  });

  it('ignores the log toggle on an ordered axis', () => {
    expect(axisFor(FIELDS.costTier, [0, 3], true)).toEqual(axisFor(FIELDS.costTier, [0, 3], false));
    expect(axisFor(FIELDS.mmlu, [10, 90], true).scale).toBe('log');
  });

  it('explains why a log scale is unavailable', () => {
    expect(logDisabledReason(FIELDS.costTier, 1)).toMatch(/ordered scale/);
    expect(logDisabledReason(FIELDS.mmlu, 0)).toMatch(/≤ 0/);
    expect(logDisabledReason(FIELDS.mmlu, 1)).toBeNull();
    expect(logDisabledReason(FIELDS.mmlu, Infinity)).toBeNull();
  });
});
