import { describe, expect, it } from 'vitest';
import { parseParameters } from '../../src/domain/parse-parameters';

describe('parseParameters', () => {
  it.each([
    ['~1.7T (est.)', 'count', 1.7e12, 'estimated'],
    ['67B', 'count', 67e9, 'reported'],
    ['7.3B', 'count', 7.3e9, 'reported'],
    ['175M', 'count', 175e6, 'reported'],
    ['70000000000.0', 'count', 70e9, 'reported'],
    ['7e9', 'count', 7e9, 'reported'],
    ['3.8-billion', 'count', 3.8e9, 'reported'],
    ['~1.7T est.', 'count', 1.7e12, 'estimated'],
    ['70', 'billions', 70e9, 'reported'],
    ['46.7', 'billions', 46.7e9, 'reported'],
    ['72B', 'billions', 72e9, 'reported'],
  ] as const)('%s (%s) → %d, %s', (raw, unit, value, status) => {
    const r = parseParameters(raw, unit);
    expect(r).toEqual({ ok: true, data: expect.objectContaining({ value, status, raw }) });
  });

  it('keeps the active count of a mixture of experts in a note', () => {
    const r = parseParameters('1.6T total, 49B active');
    expect(r.ok && r.data).toMatchObject({ value: 1.6e12, status: 'reported', note: '49B active', raw: '1.6T total, 49B active' });
  });

  it.each([
    ['Undisclosed', 'undisclosed'],
    ['undisclosed (MoE)', 'undisclosed'],
    ['N/A', 'missing'],
    ['', 'missing'],
    ['Unknown', 'missing'],
  ] as const)('%j is %s with no value, never 0', (raw, status) => {
    const r = parseParameters(raw);
    expect(r.ok && r.data).toMatchObject({ value: null, status, raw });
  });

  it('reads a count of 0 as unknown, with a note saying so', () => {
    const r = parseParameters('0', 'billions');
    expect(r.ok && r.data).toMatchObject({ value: null, status: 'missing', note: expect.stringContaining('0') });
  });

  it.each([
    ['8x7B', 'expert layout'],
    ['lots', 'not a parameter count'],
    ['-5B', 'negative'],
    ['70', 'too small'],
  ])('rejects %j with a reason', (raw, reason) => {
    const r = parseParameters(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});

describe('parseParameters, worked edges', () => {
  it.each([
    ['-7B', "'-7B' is negative; a parameter count cannot be", 'negative'],
    ['lots', "'lots' is not a parameter count (expected e.g. 67B, 7.3e9 or 1.7T)", 'not-a-number'],
    ['8x7B', "'8x7B' names an expert layout (like 8x7B), not a total parameter count", 'expert-layout'],
    ['7e9B', "'7e9B' has both an exponent and a size letter, so it could mean 7e9 or 7e18; write it one way", 'exponent-and-suffix'],
    ['86%', "'86%' is a percentage, not a parameter count", 'not-a-number'],
    ['99999', "'99999' is too small for a raw parameter count; is the column in billions?", 'too-small'],
    ['1001T', "'1001T' is more than 1e+15 parameters, which no model has", 'out-of-range'],
  ])('refuses %j, saying why and of which kind', (raw, reason, kind) => {
    expect(parseParameters(raw)).toEqual({ ok: false, reason, kind });
  });

  it.each([
    // the smallest bare count read as a count, the largest allowed, a bare count where small ones are allowed
    ['100000', 'count', {}, 1e5],
    ['1000T', 'count', {}, 1e15],
    ['99999', 'count', { smallCounts: true }, 99_999],
    ['70B params', 'count', {}, 70e9],
    ['70B total params', 'count', {}, 70e9],
    ['50K', 'count', {}, 5e4], // a size letter says it is a count, however small
    ['0.00005', 'billions', {}, 5e4], // 50,000 read from billions: only a bare raw count is checked for size
    ['70B total', 'count', {}, 70e9],
    ['70B in  total', 'count', {}, 70e9],
    ['0.5', 'billions', {}, 5e8],
  ] as const)('reads %j (%s) as %d, with no note', (raw, unit, options, value) => {
    expect(parseParameters(raw, unit, options)).toStrictEqual({ ok: true, data: { value, raw, status: 'reported' } });
  });

  it.each([
    ['1.6T total, 49B active', '49B active'],
    ['70B, MoE', 'MoE'],
    ['70B total,MoE', 'MoE'],
    ['70B, in total; MoE', 'MoE'],
    ['1.6T total ,49B active', '49B active'],
  ])('keeps what follows %j, past "total" and its commas, as the note %j', (raw, note) => {
    expect(parseParameters(raw)).toMatchObject({ ok: true, data: { raw, note } });
  });

  it('joins a bound and the words after the number with " · "', () => {
    expect(parseParameters('<70B dense')).toMatchObject({ ok: true, data: { value: 70e9, status: 'estimated', note: 'upper bound: the source gives at most this value · dense' } });
  });

  it('says why a 0 became unknown, and keeps the note after "Undisclosed"', () => {
    expect(parseParameters('0')).toEqual({
      ok: true,
      data: { value: null, raw: '0', status: 'missing', note: 'a count of 0 was read as unknown' },
      remark: { kind: 'zero-size', message: 'a parameter count of 0 was read as missing' },
    });
    expect(parseParameters('Undisclosed (MoE)')).toStrictEqual({ ok: true, data: { value: null, raw: 'Undisclosed (MoE)', status: 'undisclosed', note: 'MoE' } });
  });
});

describe('a power other than of ten', () => {
  it('is refused in a billions column, not read as 2B with a note "^40"', () => {
    expect(parseParameters('2^40', 'billions')).toMatchObject({ ok: false, kind: 'not-a-number' });
  });
});
