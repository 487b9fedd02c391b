import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from '../../src/domain/format';
import { parseDate } from '../../src/domain/parse-date';

describe('parseDate', () => {
  it.each([
    ['2024-02-23', Date.UTC(2024, 1, 23)],
    ['2024-02-23T16:57:11Z', Date.UTC(2024, 1, 23, 16, 57, 11)],
    ['2023-09-15T11:25:37.918274', Date.UTC(2023, 8, 15, 11, 25, 37, 918)],
    ['2024-02-23T18:57:11+02:00', Date.UTC(2024, 1, 23, 16, 57, 11)],
    [' 2023-03-15 ', Date.UTC(2023, 2, 15)],
  ])('reads %j as UTC milliseconds, keeping the text', (raw, value) => {
    expect(parseDate(raw)).toEqual({ ok: true, data: { value, raw, status: 'reported' } });
  });

  it.each(['', 'n/a', 'Unknown'])('reads %j as missing, never as a date', (raw) => {
    expect(parseDate(raw)).toMatchObject({ ok: true, data: { value: null, status: 'missing' } });
  });

  it.each([
    ['2024/2', "'2024/2' is not a date (expected e.g. 2024-02-23)"],
    ['2023-02-30', "'2023-02-30' is not a calendar date"],
    ['1900-01-01', "'1900-01-01' is outside 1950–2099"],
    ['yesterday', "'yesterday' is not a date (expected e.g. 2024-02-23)"],
  ])('refuses %j with a reason', (raw, reason) => {
    expect(parseDate(raw)).toMatchObject({ ok: false, reason });
  });

  it('formats as days and months in UTC', () => {
    expect(formatDate(Date.UTC(2024, 1, 23, 23, 59))).toBe('2024-02-23');
    expect(formatMonth(Date.UTC(2024, 1, 23))).toBe('2024-02');
  });
});

describe('parseDate, worked edges', () => {
  it.each([
    // a zone west of UTC is added back: 14:57 at −02:00 is 16:57 UTC
    ['2024-02-23T14:57:11-02:00', Date.UTC(2024, 1, 23, 16, 57, 11)],
    // minutes of a zone count: 22:27 at +05:30 is 16:57 UTC
    ['2024-02-23T22:27:11+05:30', Date.UTC(2024, 1, 23, 16, 57, 11)],
    // the first and the last instant of the range are inside it
    ['1950-01-01', Date.UTC(1950, 0, 1)],
    ['2099-12-31T23:59:59.999Z', Date.UTC(2099, 11, 31, 23, 59, 59, 999)],
  ])('reads %j as %d', (raw, value) => {
    expect(parseDate(raw)).toEqual({ ok: true, data: { value, raw, status: 'reported' } });
  });

  it.each([
    ['2100-01-01', "'2100-01-01' is outside 1950–2099", 'out-of-range'],
    ['1949-12-31T23:59:59Z', "'1949-12-31T23:59:59Z' is outside 1950–2099", 'out-of-range'],
    ['2023-04-31', "'2023-04-31' is not a calendar date", 'out-of-range'],
    ['23-02-2024', "'23-02-2024' is not a date (expected e.g. 2024-02-23)", 'not-a-number'],
  ])('refuses %j, saying why and of which kind', (raw, reason, kind) => {
    expect(parseDate(raw)).toEqual({ ok: false, reason, kind });
  });
});
