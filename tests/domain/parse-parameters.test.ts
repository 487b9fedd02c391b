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
