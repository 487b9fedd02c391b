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

  it('rejects a value above 1 in a fraction column, saying so', () => {
    expect(parsePercent('86.8', 'fraction')).toEqual({ ok: false, reason: "'86.8' is outside 0–1, but the column is read as fractions", kind: 'out-of-range' });
  });

  it.each([
    ['101%', "'101%' is outside 0–100%", 'out-of-range'],
    ['86.4B', "'86.4B' is not a number", 'not-a-number'],
    ['86.4 points', "'86.4 points' is not a number", 'not-a-number'],
    ['-3', "'-3' is negative; a score is 0–100%", 'negative'],
  ])('says what is wrong with %j, and of which kind', (raw, reason, kind) => {
    expect(parsePercent(raw)).toEqual({ ok: false, reason, kind });
  });

  it('keeps a bound in the value\'s note and the review\'s remark', () => {
    expect(parsePercent('<5%')).toEqual({
      ok: true,
      data: { value: 5, raw: '<5%', status: 'estimated', note: 'upper bound: the source gives at most this value' },
      remark: { kind: 'bound', message: "'<5%' read as a bound (at most this value), estimated" },
    });
  });

  it('keeps what follows "undisclosed" as the note, and reads an absent cell as missing', () => {
    expect(parsePercent('Undisclosed (internal eval)')).toEqual({ ok: true, data: { value: null, raw: 'Undisclosed (internal eval)', status: 'undisclosed', note: 'internal eval' } });
    expect(parsePercent(undefined as unknown as string)).toEqual({ ok: true, data: { value: null, raw: '', status: 'missing' } });
  });

  it('reads a decimal comma where the column has one', () => {
    expect(parsePercent('86,4', 'percent', ',')).toMatchObject({ ok: true, data: { value: 86.4 } });
  });
});
