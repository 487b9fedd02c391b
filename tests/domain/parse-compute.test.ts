import { describe, expect, it } from 'vitest';
import { parseFlop, parseTrainingCompute } from '../../src/domain/parse-compute';

describe('parseTrainingCompute', () => {
  it.each([
    'Enormous (undisclosed)',
    '~40% less than comparable models',
    'Industry-leading efficiency',
    'Very Large',
  ])('keeps %j as text with no FLOP value', (text) => {
    const r = parseTrainingCompute(text);
    expect(r).toEqual({ ok: true, data: { text, flop: { value: null, raw: '', status: 'missing' } } });
  });

  it('pairs the text with an estimated FLOP value and its interval', () => {
    const r = parseTrainingCompute('Enormous (undisclosed)', { raw: '2.1e+25', estimated: true, range: [8.2e24, 4.4e25], source: 'Epoch AI' });
    expect(r.ok && r.data.flop).toEqual({ value: 2.1e25, raw: '2.1e+25', status: 'estimated', source: 'Epoch AI', range: [8.2e24, 4.4e25] });
  });
});

describe('parseFlop', () => {
  it.each([
    ['2.1e+25', 2.1e25],
    ['6.000010000000001e+24', 6.000010000000001e24],
    ['8.04e23', 8.04e23],
  ])('%s → %d reported', (raw, value) => {
    expect(parseFlop({ raw })).toMatchObject({ ok: true, data: { value, status: 'reported' } });
  });
  it('rejects words', () => {
    expect(parseFlop({ raw: 'a lot' }).ok).toBe(false);
  });
});
