import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInteger } from '../../src/domain/format';

describe('formatInteger', () => {
  it('writes what toLocaleString("en") writes, for any safe integer', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => {
      expect(formatInteger(n)).toBe(n.toLocaleString('en'));
    }), { numRuns: 2000 });
  });

  it('groups thousands and leaves small numbers alone', () => {
    expect(formatInteger(6)).toBe('6');
    expect(formatInteger(999)).toBe('999');
    expect(formatInteger(1000)).toBe('1,000');
    expect(formatInteger(100000)).toBe('100,000');
    expect(formatInteger(-1234567)).toBe('-1,234,567');
  });

  it('hands anything but a safe integer to toLocaleString', () => {
    expect(formatInteger(1234.5)).toBe('1,234.5');
    expect(formatInteger(Number.NaN)).toBe('NaN');
  });
});
