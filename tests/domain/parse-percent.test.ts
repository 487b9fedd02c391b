import { describe, expect, it } from 'vitest';
import { parsePercent } from '../../src/domain/parse-percent';

describe('parsePercent', () => {
  it.each([
    ['86.4%', 'percent', 86.4],
    ['86.4', 'percent', 86.4],
    ['92.0%', 'percent', 92],
    [' 52.2 % ', 'percent', 52.2],
    ['0.868', 'fraction', 86.8],
    ['86.8%', 'fraction', 86.8],
    ['1', 'fraction', 100],
  ] as const)('%j as %s → %d', (raw, scale, value) => {
    const r = parsePercent(raw, scale);
    expect(r.ok && r.data).toMatchObject({ value, raw, status: 'reported' });
  });

  it('marks "~" as an estimate', () => {
    expect(parsePercent('~80%')).toMatchObject({ ok: true, data: { value: 80, status: 'estimated' } });
  });

  it('does not treat 0.868 as a fraction unless the column says so', () => {
    expect(parsePercent('0.868')).toMatchObject({ ok: true, data: { value: 0.868 } });
  });

  it.each(['', 'N/A', '-'])('%j is missing, not 0', (raw) => {
    expect(parsePercent(raw)).toMatchObject({ ok: true, data: { value: null, status: 'missing' } });
  });

  it.each([
    ['8O.1', 'not a number'],
    ['kâ€“shot', 'not a number'],
    ['101%', 'outside 0–100'],
    ['-3', 'negative; a score is 0–100%'],
    ['−3', 'negative'],
  ])('rejects %j (%s)', (raw, reason) => {
    const r = parsePercent(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('rejects a value above 1 in a fraction column', () => {
    const r = parsePercent('86.8', 'fraction');
    expect(r.ok).toBe(false);
  });
});
