import { describe, expect, it } from 'vitest';
import { annotate, classifyEmpty, hasValue, isEstimateText, missing, undisclosed, type Measured } from '../../src/domain/measured';

describe('missing and undisclosed', () => {
  it('hold no number, keep the raw text, and carry a note only when one is given', () => {
    expect(missing()).toStrictEqual({ value: null, raw: '', status: 'missing' });
    expect(missing('n/a')).toStrictEqual({ value: null, raw: 'n/a', status: 'missing' });
    expect(missing('—', 'not in the paper')).toStrictEqual({ value: null, raw: '—', status: 'missing', note: 'not in the paper' });
    expect(undisclosed('Undisclosed')).toStrictEqual({ value: null, raw: 'Undisclosed', status: 'undisclosed' });
    expect(undisclosed('Undisclosed (proprietary)', 'proprietary')).toStrictEqual({ value: null, raw: 'Undisclosed (proprietary)', status: 'undisclosed', note: 'proprietary' });
  });
});

describe('hasValue', () => {
  const m = (value: number | null): Measured => ({ value, raw: String(value), status: 'reported' });
  it.each([[0, true], [7e9, true], [null, false], [NaN, false], [Infinity, false], [-Infinity, false]])('%s has a value: %s', (value, expected) => {
    expect(hasValue(m(value))).toBe(expected);
  });
});

describe('annotate', () => {
  const base: Measured = { value: 7e9, raw: '7B', status: 'reported' };

  it('adds a note and a source without touching the value, the raw text or the status', () => {
    expect(annotate(base, { note: 'instruct variant', source: 'model card' }))
      .toStrictEqual({ value: 7e9, raw: '7B', status: 'reported', note: 'instruct variant', source: 'model card' });
  });

  it('joins an existing note and a new one with a middle dot, the existing one first', () => {
    expect(annotate({ ...base, note: 'upper bound' }, { note: 'from the paper' }).note).toBe('upper bound · from the paper');
  });

  it('keeps the existing note when no new one is given, and takes the new one when there was none', () => {
    expect(annotate({ ...base, note: 'upper bound' }, {})).toStrictEqual({ ...base, note: 'upper bound' });
    expect(annotate(base, { note: 'from the paper' })).toStrictEqual({ ...base, note: 'from the paper' });
  });

  it('adds no note or source key when there is neither', () => {
    expect(annotate(base, {})).toStrictEqual(base);
    expect(annotate(base, { note: '', source: '' })).toStrictEqual(base);
  });

  it('prefers the new source and otherwise keeps the old one', () => {
    expect(annotate({ ...base, source: 'old' }, { source: 'new' }).source).toBe('new');
    expect(annotate({ ...base, source: 'old' }, { note: 'n' })).toStrictEqual({ ...base, note: 'n', source: 'old' });
  });

  it('keeps the interval around an estimate', () => {
    const est: Measured = { value: 2.1e25, raw: '2.1e25', status: 'estimated', range: [1e25, 4e25] };
    expect(annotate(est, { note: 'Epoch' })).toStrictEqual({ ...est, note: 'Epoch' });
  });
});

describe('classifyEmpty', () => {
  it.each(['', '  ', 'n/a', ' N/A ', 'NA', 'None', 'null', 'NaN', '-', '—', '–', '?', 'Unknown', 'not available'])('%j is missing', (raw) => {
    expect(classifyEmpty(raw)).toStrictEqual({ status: 'missing' });
  });

  it.each<[string, { status: 'undisclosed'; note?: string }]>([
    ['Undisclosed', { status: 'undisclosed' }],
    ['  undisclosed  ', { status: 'undisclosed' }],
    ['Undisclosed (proprietary)', { status: 'undisclosed', note: 'proprietary' }],
    ['  Undisclosed (proprietary)  ', { status: 'undisclosed', note: 'proprietary' }],
    ['Undisclosed ( proprietary )', { status: 'undisclosed', note: 'proprietary' }],
    // Only a leading "Undisclosed" and brackets around the whole rest are taken off; other wording is kept as written.
    ['Proprietary (undisclosed)', { status: 'undisclosed', note: 'Proprietary (undisclosed)' }],
    ['Not disclosed (see paper)', { status: 'undisclosed', note: 'Not disclosed (see paper)' }],
    ['Undisclosed (proprietary) as of 2024', { status: 'undisclosed', note: '(proprietary) as of 2024' }],
  ])('%j is undisclosed: %j', (raw, expected) => {
    expect(classifyEmpty(raw)).toStrictEqual(expected);
  });

  it.each(['7B', '0', '~1.7T (est.)', 'undisclosedness'])('%j may hold a value', (raw) => {
    expect(classifyEmpty(raw)).toBeNull();
  });
});

describe('isEstimateText', () => {
  it.each(['~1.7T', '  ~1.7T', '≈ 7B', '1.7T (est)', '1.7T (est.)', '1.7T est.', '1.7T est', 'est 1.7T', '1.7T (estimate)', 'estimated 1.7T', 'approx. 7B', 'Approximately 7B'])(
    '%j is an estimate', (raw) => {
      expect(isEstimateText(raw)).toBe(true);
    });

  it.each(['1.7T', '7B~', '86.4%', 'the best model', 'established 2023', 'Undisclosed'])('%j is not marked as an estimate', (raw) => {
    expect(isEstimateText(raw)).toBe(false);
  });
});
