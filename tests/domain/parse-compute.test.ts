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

describe('parseFlop, worked edges', () => {
  it.each([
    ['-1e25', "'-1e25' is negative; a FLOP count cannot be", 'negative'],
    ['lots', "'lots' is not a FLOP count (expected e.g. 2.1e+25)", 'not-a-number'],
    ['8x7B', "'8x7B' names an expert layout (like 8x7B), not a total", 'expert-layout'],
    ['5%', "'5%' is not a FLOP count (expected e.g. 2.1e+25)", 'not-a-number'],
    ['1e25 tokens', "'1e25 tokens' is not a FLOP count (expected e.g. 2.1e+25)", 'not-a-number'],
    // another unit around the word: a petaFLOP or a FLOP-day is not a FLOP
    ['1e25 petaFLOP', "'1e25 petaFLOP' is not a FLOP count (expected e.g. 2.1e+25)", 'not-a-number'],
    ['1e25 FLOP-days', "'1e25 FLOP-days' is not a FLOP count (expected e.g. 2.1e+25)", 'not-a-number'],
    ['0', "'0' is not a positive FLOP count", 'out-of-range'],
    ['1.1e35', "'1.1e35' is more than 1e+35 FLOP, far beyond any training run", 'out-of-range'],
  ])('refuses %j, saying why and of which kind', (raw, reason, kind) => {
    expect(parseFlop({ raw })).toEqual({ ok: false, reason, kind });
  });

  it.each([
    ['1e25 FLOP', 1e25],
    ['1e25 flops', 1e25],
    ['1e35', 1e35], // the limit itself is allowed
  ])('reads %j as %d, with nothing added', (raw, value) => {
    expect(parseFlop({ raw })).toStrictEqual({ ok: true, data: { value, raw, status: 'reported' } });
  });

  it.each([
    ['0.85', 0.85], ['25.3', 25.3], ['40', 40], ['999', 999],
  ])('keeps %j as %d FLOP but asks whether the column is in another unit', (raw, value) => {
    expect(parseFlop({ raw })).toStrictEqual({
      ok: true, data: { value, raw, status: 'reported' },
      remark: { kind: 'tiny-flop', message: `'${raw}' is read as ${value} FLOP, under 1,000; is the column in another unit (log10 FLOP, petaFLOP)?` },
    });
  });

  it('asks nothing of 1,000 FLOP, the first count it takes as plausible', () => {
    expect(parseFlop({ raw: '1000' })).toStrictEqual({ ok: true, data: { value: 1000, raw: '1000', status: 'reported' } });
  });

  it('joins the number\'s own qualifier and the caller\'s note with " · "', () => {
    expect(parseFlop({ raw: '<1e25', note: 'Epoch AI confidence: Likely' })).toMatchObject({
      ok: true,
      data: { value: 1e25, status: 'estimated', note: 'upper bound: the source gives at most this value · Epoch AI confidence: Likely' },
    });
  });

  it('keeps what follows "Undisclosed" as the note', () => {
    expect(parseFlop({ raw: 'Undisclosed (internal)' })).toStrictEqual({ ok: true, data: { value: null, raw: 'Undisclosed (internal)', status: 'undisclosed', note: 'internal' } });
  });

  it('passes a bad FLOP value on, and trims the published text', () => {
    expect(parseTrainingCompute('Big', { raw: 'lots' })).toEqual({ ok: false, reason: "'lots' is not a FLOP count (expected e.g. 2.1e+25)", kind: 'not-a-number' });
    expect(parseTrainingCompute('  Very Large  ', { raw: '2e25' })).toStrictEqual({ ok: true, data: { text: 'Very Large', flop: { value: 2e25, raw: '2e25', status: 'reported' } } });
  });
});
