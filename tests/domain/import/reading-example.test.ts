// The example beside each reading setting in the mapping step, and the two readings a question offers: what the
// user decides by must say what the import will store.
import { describe, expect, it } from 'vitest';
import type { ColumnReading } from '../../../src/domain/import/column-mapping';
import { readExample } from '../../../src/domain/import/reading-example';

const reading = (r: Partial<ColumnReading> = {}): ColumnReading => ({ decimal: '.', scale: 'percent', unit: 'count', ...r });

describe('readExample', () => {
  it('reads a size with the column\'s unit and decimal mark, as the app shows sizes', () => {
    expect(readExample('parameters', '72,7B', reading({ decimal: ',' }))).toBe('72.7B');
    expect(readExample('parameters', '70', reading({ unit: 'billions' }))).toBe('70B');
    expect(readExample('parameters', '7000000000', reading())).toBe('7B');
    // A count in the file's own units: 125,000,000 parameters is 125M.
    expect(readExample('parameters', '125000000', reading())).toBe('125M');
  });

  it('offers both readings of an ambiguous decimal mark (the decimal argument overrides the column\'s)', () => {
    expect(readExample('parameters', '1,234', reading({ decimal: null, unit: 'billions' }), '.')).toBe('1.23T');
    expect(readExample('parameters', '1,234', reading({ decimal: null, unit: 'billions' }), ',')).toBe('1.23B');
    // No answer yet and no override: read with a point.
    expect(readExample('mmlu', '86,4', reading({ decimal: null }))).toBe('not readable');
    expect(readExample('mmlu', '86.4', reading({ decimal: null }))).toBe('86.4%');
  });

  it('reads a score on the column\'s scale: 0.864 as a fraction is 86.4%, as a percentage 0.86%', () => {
    expect(readExample('gsm8k', '0.864', reading({ scale: 'fraction' }))).toBe('86.4%');
    expect(readExample('gsm8k', '0.864', reading({ scale: 'percent' }))).toBe('0.86%');
    expect(readExample('mmlu', '86.4%', reading({ scale: null }))).toBe('86.4%');
  });

  it('writes training compute in scientific notation with its unit', () => {
    expect(readExample('trainingComputeFlop', '2.1e25', reading())).toBe('2.1e25 FLOP');
    expect(readExample('trainingComputeFlop', '3,8e24', reading({ decimal: ',' }))).toBe('3.8e24 FLOP');
  });

  it('says when a value is an estimate, undisclosed, missing, or cannot be read', () => {
    expect(readExample('parameters', '~1.7T (est.)', reading())).toBe('1.7T (estimated)');
    expect(readExample('parameters', 'Undisclosed', reading())).toBe('undisclosed');
    expect(readExample('mmlu', '', reading())).toBe('missing');
    expect(readExample('mmlu', 'lots', reading())).toBe('not readable');
    expect(readExample('trainingComputeFlop', 'huge', reading())).toBe('not readable');
  });
});
