import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qualifierNote, qualifierRemark, readNumber, valueOf, type DecimalMark } from '../../src/domain/parse-number';

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

describe('readNumber: powers, spacing and what follows the number', () => {
  it.each<[string, number]>([
    ['2.1 × 10²⁵', 2.1e25], ['1.5×10⁻³', 1.5e-3], ['6×10⁺²⁴', 6e24], ['10 ^ 24', 1e24], ['10^-3', 1e-3], ['10^+25', 1e25], ['７２', 72],
  ])('%j is %d', (raw, value) => {
    expect(read(raw)).toMatchObject({ value, rest: '' });
  });

  it.each([
    ['<~1B', { estimate: true, bound: 'upper' }], ['up to ~70B', { estimate: true, bound: 'upper', value: 70e9 }],
    ['7B? (est.)', { estimate: true, uncertain: true, rest: '' }], ['5% or less', { bound: 'upper', percent: true, value: 5 }],
  ] as const)('%j takes every qualifier, in any order: %j', (raw, marks) => {
    expect(read(raw)).toMatchObject(marks);
  });

  it.each<[string, number, string]>([
    ['46.7B (8x7B)', 46.7e9, '(8x7B)'], ['671B (released 2024-12-26)', 671e9, '(released 2024-12-26)'],
    ['10B (not 10^10)', 10e9, '(not 10^10)'],
  ])('%j is %d followed by %j, which is left for the caller', (raw, value, rest) => {
    expect(read(raw)).toMatchObject({ value, rest, percent: false });
  });

  it('is a percentage only when the % follows the number', () => {
    expect(read('86.4 (of 90%)')).toMatchObject({ value: 86.4, percent: false, rest: '(of 90%)' });
    expect(read('86.4 %')).toMatchObject({ value: 86.4, percent: true, rest: '' });
  });

  it.each<[string, string]>([
    ['8 x 7B', 'expert-layout'], ['8x 7B', 'expert-layout'], ['8 ×7B', 'expert-layout'],
    // A power of anything but ten is refused, not read as its base with "^40" left over (2B parameters in a billions column).
    ['2^40', 'not-a-number'], ['2 ^ 40', 'not-a-number'], ['1.5^2', 'not-a-number'],
    // The column's own mark twice: a question about the decimal mark, like the other mark once.
    ['1.234.567', 'decimal-mark'], ['72,7B', 'decimal-mark'],
  ])('refuses %j as %s', (raw, kind) => {
    const r = readNumber(raw);
    expect(r.ok || r.kind).toBe(kind);
  });

  it.each<[string, DecimalMark, string]>([
    ['72,7B', '.', "'72,7B' has a comma that is not this column's decimal mark (a point); is the decimal mark a comma?"],
    ['86.4', ',', "'86.4' has a point that is not this column's decimal mark (a comma); is the decimal mark a point?"],
    ['1,234,567', ',', "'1,234,567' has a second comma, and a comma is this column's decimal mark; is the decimal mark a point?"],
    ['1.234.567', '.', "'1.234.567' has a second point, and a point is this column's decimal mark; is the decimal mark a comma?"],
    ['7–8B', '.', "'7–8B' is a range; give one value (the range can go in a note)"],
    ['<>5', '.', "'<>5' is marked both as an upper and a lower bound"],
    ['1e999', '.', "'1e999' is not a finite number"],
    ['2^40', '.', "'2^40' has a power that is not of ten; write the number out (e.g. 2^40 as 1.1e12)"],
  ])('says what is wrong with %j (decimal %s)', (raw, decimal, reason) => {
    const r = readNumber(raw, decimal);
    expect(r.ok || r.reason).toBe(reason);
  });

  // The common shapes take a shortcut; the same text with spaces around it goes the general way and must read the same.
  it('reads a cell the same with or without spaces around it', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{1,5}(\.\d{1,4})?([eE][+-]?\d{1,3})?(%|[KMBTkmbt])?$/), fc.constantFrom<DecimalMark>('.', ','), (raw, decimal) => {
      const cell = decimal === ',' ? raw.replace('.', ',') : raw;
      // "0e-0" gives an exponent of -0 one way and 0 the other: the same value, so compared as numbers.
      const readCell = (text: string) => { const r = readNumber(text, decimal); return r.ok ? { ...r.data, exponent: r.data.exponent + 0 } : r.kind; };
      expect(readCell(` ${cell} `)).toStrictEqual(readCell(cell));
    }), { numRuns: 2000 });
  });
});

describe('qualifierRemark and qualifierNote', () => {
  it.each([
    [{ bound: 'upper', uncertain: false }, { kind: 'bound', message: "'x' read as a bound (at most this value), estimated" }, 'upper bound: the source gives at most this value'],
    [{ bound: 'lower', uncertain: false }, { kind: 'bound', message: "'x' read as a bound (at least this value), estimated" }, 'lower bound: the source gives at least this value'],
    [{ bound: null, uncertain: true }, { kind: 'uncertain', message: "'x' is marked '?': read as an estimate" }, "marked uncertain ('?') by the source"],
    [{ bound: null, uncertain: false }, undefined, undefined],
  ] as const)('%j gives the review line %j and the note %j', (n, remark, note) => {
    expect(qualifierRemark('x', n)).toStrictEqual(remark);
    expect(qualifierNote(n)).toBe(note);
  });
});
