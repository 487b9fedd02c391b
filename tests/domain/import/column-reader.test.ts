import { describe, expect, it } from 'vitest';
import type { ColumnReading, Target } from '../../../src/domain/import/column-mapping';
import type { ColumnProfile } from '../../../src/domain/import/column-profile';
import { columnReader } from '../../../src/domain/import/column-reader';

const reading = (r: Partial<ColumnReading> = {}): ColumnReading => ({ decimal: '.', scale: 'percent', unit: 'count', ...r });
const reader = (target: Target, r?: Partial<ColumnReading>, profiles?: ColumnProfile[]) =>
  columnReader(target, 0, r ? [reading(r)] : [], profiles, {});
const valueOf = (target: Target, raw: string, r?: Partial<ColumnReading>) => {
  const p = reader(target, r).parse(raw);
  if (!p.ok) throw new Error(p.reason);
  return p.data.value;
};
const mixedProfile = (guess: 'percent' | 'fraction' | null) => [{ scale: { guess } } as unknown as ColumnProfile];

describe('reading a mapped column', () => {
  it('reads a column with no reading of its own with a point, as percent and counts', () => {
    expect(valueOf('parameters', '7.5B')).toBe(7.5e9);
    expect(valueOf('mmlu', '86.4')).toBe(86.4);
    expect(reader('parameters').parse('72')).toMatchObject({ ok: false, kind: 'too-small' });
  });

  it("reads each field with its own parser and the column's answers", () => {
    expect(valueOf('parameters', '72', { unit: 'billions' })).toBe(72e9);
    expect(valueOf('parameters', '7,5B', { decimal: ',' })).toBe(7.5e9);
    expect(valueOf('trainingComputeFlop', '2,1e25', { decimal: ',' })).toBe(2.1e25);
    expect(valueOf('mmlu', '0.5', { scale: 'fraction' })).toBe(50);
    expect(valueOf('gsm8k', '86,4', { decimal: ',' })).toBe(86.4);
    expect(valueOf('costTier', 'Medium-Low')).toBe(3);
  });

  it('reads small bare counts as counts when the format says so', () => {
    const r = columnReader('parameters', 0, [reading()], undefined, { smallCounts: true }).parse('5000');
    expect(r).toMatchObject({ ok: true, data: { value: 5000 } });
  });

  it('names the model field a column fills, and none for a cost tier', () => {
    expect(reader('trainingComputeFlop').field).toBe('flop');
    expect(reader('parameters').field).toBe('parameters');
    expect(reader('costTier').field).toBeUndefined();
  });
});

describe('a question still open is never answered by a guess', () => {
  it('refuses a number with a decimal mark until the mark is chosen, and reads the rest', () => {
    expect(reader('parameters', { decimal: null }).parse('7.5B')).toEqual({ ok: false, reason: "'7.5B': choose this column's decimal mark first", kind: 'decimal-mark' });
    expect(reader('trainingComputeFlop', { decimal: null }).parse('2,1e25')).toMatchObject({ ok: false, kind: 'decimal-mark' });
    expect(valueOf('parameters', '7B', { decimal: null })).toBe(7e9);
    expect(valueOf('parameters', 'Undisclosed', { decimal: null })).toBeNull();
  });

  it('has no decimal question for a cost tier: a tier reads, a number is not a tier', () => {
    expect(valueOf('costTier', 'Low', { decimal: null, scale: null })).toBe(2);
    expect(reader('costTier', { decimal: null, scale: null }).parse('1.5')).toMatchObject({ ok: false, kind: 'unknown-tier' });
  });

  it.each(['mmlu', 'gsm8k'] as const)('refuses a %s score until percent or fractions is chosen', (target) => {
    expect(reader(target, { scale: null }).parse('70')).toEqual({
      ok: false, reason: "'70': choose whether this column is percent or fractions first", kind: 'invalid-field',
    });
    expect(reader(target, { scale: null }).parse('n/a')).toMatchObject({ ok: true, data: { value: null, status: 'missing' } });
  });

  it('asks about the scale only of scores', () => {
    expect(valueOf('parameters', '7B', { scale: null })).toBe(7e9);
    expect(valueOf('trainingComputeFlop', '3e25', { scale: null })).toBe(3e25);
  });
});

describe('a column that mixed fractions and percentages', () => {
  it('lists its values between 0 and 1 only when it was set to percent', () => {
    expect(reader('mmlu', { scale: 'percent' }, mixedProfile(null)).mixedPercent).toBe(true);
    expect(reader('mmlu', { scale: 'fraction' }, mixedProfile(null)).mixedPercent).toBe(false);
    expect(reader('mmlu', { scale: 'percent' }, mixedProfile('percent')).mixedPercent).toBe(false);
    expect(reader('mmlu', { scale: 'percent' }).mixedPercent).toBe(false);
  });
});
