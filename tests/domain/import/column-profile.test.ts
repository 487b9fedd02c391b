// What a column's values say about how to read them: the decimal mark, and percent or fraction. reading.test.ts has
// the first table of single values; these are the cases it leaves out and the profile of a whole column.
import { describe, expect, it } from 'vitest';
import { decimalEvidence, profileColumn, profileColumns } from '../../../src/domain/import/column-profile';

describe('decimalEvidence', () => {
  it.each([
    ['123,456', 'either'],
    ['123.456', 'either'],
    ['1234.567', '.'],
    ['12,34', ','],
    ['1,234B', 'either'],
    ['1.234 (est.)', 'either'],
    ['~1,234 params, estimated', 'either'],
    ['1.234e+25', '.'],
    ['1,234e25', ','],
    ['1,234E25', ','],
    ['1.234,5e3', ','],
    ['1,234.5e3', '.'],
    ['7', null],
    ['no digits, none.', null],
    ['ca. 70', null],
  ] as const)('%j → %s', (text, mark) => {
    expect(decimalEvidence(text)).toBe(mark);
  });
});

describe("a column's decimal mark", () => {
  it('has nothing to decide in a column of whole numbers, sizes and words', () => {
    expect(profileColumn(['70', '8B', 'Undisclosed', '']).decimal).toEqual({ guess: '.', relevant: false });
    expect(profileColumn([]).decimal).toEqual({ guess: '.', relevant: false });
  });

  it('is not decided by marks outside a number ("approx. 70", "N.A.")', () => {
    expect(profileColumn(['approx. 70', 'N.A.', '80']).decimal).toEqual({ guess: '.', relevant: false });
  });

  it('reads "1,234" with a comma once another value shows the comma is the decimal mark', () => {
    expect(profileColumn(['1,234', '2,5']).decimal).toEqual({ guess: ',', relevant: true, ambiguous: { row: 1, text: '1,234' }, comma: { row: 2, text: '2,5' } });
  });

  it('reads "1.234" with a point once another value shows the point is the decimal mark', () => {
    expect(profileColumn(['1.234', '2.5']).decimal).toEqual({ guess: '.', relevant: true, ambiguous: { row: 1, text: '1.234' }, point: { row: 2, text: '2.5' } });
  });

  it('keeps the first value of each kind, not the last', () => {
    expect(profileColumn(['2,5', '3,5', '1.234.567', '4.234.567']).decimal).toEqual({
      guess: ',', relevant: true, comma: { row: 1, text: '2,5' },
    });
    expect(profileColumn(['2.5', '3.5']).decimal).toEqual({ guess: '.', relevant: true, point: { row: 1, text: '2.5' } });
  });

  it('asks when a value with a point follows one with a comma, and the other way round', () => {
    expect(profileColumn(['2,5', '3.5']).decimal).toMatchObject({ guess: null, comma: { row: 1 }, point: { row: 2 } });
    expect(profileColumn(['1,234.5', '7', '3,5']).decimal).toMatchObject({ guess: null, point: { row: 1 }, comma: { row: 3 } });
  });

  it('asks when a comma decimal meets "1,234,567" (commas between thousands), whichever comes first', () => {
    expect(profileColumn(['1,234,567', '2,5']).decimal).toMatchObject({ guess: null, point: { row: 1 }, comma: { row: 2 } });
    expect(profileColumn(['2,5', '1,234,567']).decimal).toMatchObject({ guess: null, comma: { row: 1 }, point: { row: 2 } });
  });

  it('asks when a point decimal meets "1.234.567" (points between thousands), whichever comes first', () => {
    expect(profileColumn(['1.234.567', '2.5']).decimal).toMatchObject({ guess: null, comma: { row: 1 }, point: { row: 2 } });
    expect(profileColumn(['2.5', '1.234.567']).decimal).toMatchObject({ guess: null, point: { row: 1 }, comma: { row: 2 } });
  });

  it('agrees with itself: "7.5" and "70,000,000,000" both say point, "7,5" and "70.000.000.000" both comma', () => {
    expect(profileColumn(['7.5', '70,000,000,000']).decimal.guess).toBe('.');
    expect(profileColumn(['7,5', '70.000.000.000']).decimal.guess).toBe(',');
  });

  it('passes over a cell longer than 40 characters: it is prose, not a number', () => {
    const forty = '1,5 according to the authors own numbers';
    expect(forty).toHaveLength(40);
    expect(profileColumn([forty]).decimal).toEqual({ guess: ',', relevant: true, comma: { row: 1, text: forty } });
    expect(profileColumn([`${forty}.`]).decimal).toEqual({ guess: '.', relevant: false });
  });
});

describe("a score column's scale", () => {
  const counts = (values: string[]) => {
    const s = profileColumn(values).scale;
    return { guess: s.guess, fraction: s.fraction.count, percent: s.percent.count };
  };

  it('reads a column of fractions with a decimal comma as fractions', () => {
    expect(profileColumn(['0,85', '0,9']).scale).toEqual({
      guess: 'fraction',
      fraction: { count: 2, examples: [{ row: 1, text: '0,85' }, { row: 2, text: '0,9' }] },
      percent: { count: 0, examples: [] },
    });
  });

  it('counts a value with a percent sign as a percentage, whatever its size', () => {
    expect(profileColumn(['85%', ' 0.5 % ']).scale).toEqual({
      guess: 'percent',
      fraction: { count: 0, examples: [] },
      percent: { count: 2, examples: [{ row: 1, text: '85%' }, { row: 2, text: ' 0.5 % ' }] },
    });
    expect(counts(['85% ', '.5%', '0,5%'])).toEqual({ guess: 'percent', fraction: 0, percent: 3 });
    expect(counts(['0,85', '0,9', '0,5%'])).toEqual({ guess: null, fraction: 2, percent: 1 });
  });

  it('reads qualified values through the full reader: "≈0.9" a fraction, "about 85" and "~0.5%" percentages', () => {
    expect(counts(['≈0.9', 'about 85', '~0.5%', 'up to 90'])).toEqual({ guess: null, fraction: 1, percent: 3 });
    expect(counts(['about 0,5', 'ca. 0,75'])).toEqual({ guess: 'fraction', fraction: 2, percent: 0 });
  });

  it('a column with nothing to count is read as percentages, and asks nothing', () => {
    expect(profileColumn([]).scale).toEqual({ guess: 'percent', fraction: { count: 0, examples: [] }, percent: { count: 0, examples: [] } });
    expect(counts(['', 'n/a', 'Undisclosed', '0', '1', '-0.5'])).toEqual({ guess: 'percent', fraction: 0, percent: 0 });
  });

  it('does not count sizes, numbers with words after them, or values that do not start like a number', () => {
    expect(counts(['0.85', '7B', '0.5B', '85 (est.)', 'Score: 85', 'Infinity', '+85'])).toEqual({ guess: 'fraction', fraction: 1, percent: 0 });
    expect(counts(['85', '~0.5B', 'about 0.5 billion'])).toEqual({ guess: 'percent', fraction: 0, percent: 1 });
    expect(counts(['0.85', 'about half', 'over 0,5'])).toEqual({ guess: 'fraction', fraction: 1, percent: 0 });
  });

  it('passes over a cell longer than 40 characters, even one that reads as a number', () => {
    const forty = 'about 85, by the authors own evaluation.';
    expect(forty).toHaveLength(40);
    expect(counts(['0.85', forty])).toEqual({ guess: null, fraction: 1, percent: 1 });
    expect(counts(['0.85', `${forty}.`])).toEqual({ guess: 'fraction', fraction: 1, percent: 0 });
  });

  it('keeps six examples of each kind and counts them all', () => {
    const s = profileColumn(['0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7', '0.8']).scale;
    expect(s.fraction.count).toBe(8);
    expect(s.fraction.examples.map((e) => e.text)).toEqual(['0.1', '0.2', '0.3', '0.4', '0.5', '0.6']);
    expect(s.fraction.examples.map((e) => e.row)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads the scale with a point while the decimal mark is still to be asked', () => {
    expect(profileColumn(['1,5', '2.5', 'about 0.5']).decimal.guess).toBeNull();
    expect(counts(['1,5', '2.5', 'about 0.5'])).toEqual({ guess: null, fraction: 1, percent: 1 });
  });

  it('reads "1,5" with the decimal mark the column shows: 1.5 with a comma (a percentage), nothing with a point', () => {
    expect(counts(['1,5', '0,5', '2,5'])).toEqual({ guess: null, fraction: 1, percent: 2 });
    expect(counts(['1,5', '0.5'])).toEqual({ guess: 'fraction', fraction: 1, percent: 0 });
  });
});

describe('profileColumns', () => {
  it('profiles each column of the table, reading a short row as empty cells', () => {
    const profiles = profileColumns(['Model', 'MMLU', 'Params'], [['A', '0,85', '7,5'], ['B', '0,9'], ['C']]);
    expect(profiles).toHaveLength(3);
    expect(profiles[0]).toEqual(profileColumn(['A', 'B', 'C']));
    expect(profiles[1]).toEqual(profileColumn(['0,85', '0,9', '']));
    expect(profiles[1]?.scale.guess).toBe('fraction');
    expect(profiles[2]).toEqual(profileColumn(['7,5', '', '']));
    expect(profiles[2]?.decimal.comma).toEqual({ row: 1, text: '7,5' });
  });
});
