import { describe, expect, it } from 'vitest';
import { readNumber, valueOf, type DecimalMark } from '../../src/domain/parse-number';

const read = (raw: string, decimal: DecimalMark = '.') => {
  const r = readNumber(raw, decimal);
  if (!r.ok) throw new Error(r.reason);
  return { value: valueOf(r.data), estimate: r.data.estimate, bound: r.data.bound, uncertain: r.data.uncertain, percent: r.data.percent, rest: r.data.rest };
};

describe('readNumber', () => {
  it.each<[string, DecimalMark, number]>([
    ['72.7B', '.', 72.7e9], ['72,7B', ',', 72.7e9], ['1,234,567', '.', 1234567], ['1.234.567', ',', 1234567],
    ['1.234,5', ',', 1234.5], ['1,234.5', '.', 1234.5], ['1 234,5', ',', 1234.5], ['1\u00a0234,5', ',', 1234.5], ['1\u202f234.5', '.', 1234.5],
    ["1'234.5", '.', 1234.5], ['.5', '.', 0.5], ['7e9', '.', 7e9], ['2.1e+25', '.', 2.1e25], ['2,1e+25', ',', 2.1e25],
    ['2.1×10^25', '.', 2.1e25], ['2.1 x 10^25', '.', 2.1e25], ['2.1×10²⁵', '.', 2.1e25], ['10^24', '.', 1e24],
    ['175K', '.', 175e3], ['175M', '.', 175e6], ['1.7T', '.', 1.7e12], ['3.8-billion', '.', 3.8e9], ['7 billion', '.', 7e9],
    ['70 million', '.', 70e6], ['1.2 trillion', '.', 1.2e12], ['7bn', '.', 7e9], ['７２B', '.', 72e9],
    ['70000000000.0', '.', 70e9], ['6.000010000000001e+24', '.', 6.000010000000001e24],
  ])('%j with a decimal %s is %d', (raw, decimal, value) => {
    expect(read(raw, decimal).value).toBe(value);
  });

  it.each([
    ['~7B', { estimate: true, bound: null }], ['≈ 7B', { estimate: true }], ['about 7B', { estimate: true }],
    ['approx. 7B', { estimate: true }], ['7B (est.)', { estimate: true }], ['7B est.', { estimate: true }],
    ['<1B', { bound: 'upper' }], ['≤ 1B', { bound: 'upper' }], ['up to 70B', { bound: 'upper' }], ['at most 5%', { bound: 'upper', percent: true }],
    ['>100B', { bound: 'lower' }], ['≥100B', { bound: 'lower' }], ['at least 30B', { bound: 'lower' }], ['100B+', { bound: 'lower' }],
    ['7B?', { uncertain: true, bound: null }], ['~<1B', { estimate: true, bound: 'upper' }],
  ] as const)('%j is qualified as %j', (raw, marks) => {
    expect(read(raw)).toMatchObject(marks);
  });

  it('keeps what follows the number for the caller', () => {
    expect(read('1.6T total, 49B active').rest).toBe('total, 49B active');
  });

  it.each<[string, DecimalMark, string]>([
    ['−5B', '.', 'negative'], ['-5B', '.', 'negative'], ['–5B', '.', 'negative'], ['‒5', '.', 'negative'],
    ['7e9B', '.', 'exponent-and-suffix'], ['1e3K', '.', 'exponent-and-suffix'],
    ['7–8B', '.', 'range-text'], ['7-8B', '.', 'range-text'], ['7B-8B', '.', 'range-text'], ['7 to 8B', '.', 'range-text'],
    ['72,7B', '.', 'decimal-mark'], ['86.4', ',', 'decimal-mark'], ['1,23', '.', 'decimal-mark'],
    ['8x7B', '.', 'expert-layout'], ['lots', '.', 'not-a-number'], ['7G', '.', 'not-a-number'], ['<>5', '.', 'not-a-number'],
    ['1e999', '.', 'out-of-range'],
  ])('refuses %j (decimal %s) as %s', (raw, decimal, kind) => {
    const r = readNumber(raw, decimal);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.kind).toBe(kind);
  });
});
