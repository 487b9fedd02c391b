// Dates as sources print them ("2024-02-23", "2024-02-23T16:57:11Z", "2023-09-15T11:25:37.918274"), read as UTC
// epoch milliseconds so a time axis can place them; the text is kept as published.
import { classifyEmpty, fail, ok, type Measured, type ParseResult } from './measured';
import { MAX_DATE_MS, MIN_DATE_MS } from './value-limits';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date or date-time; one without a zone is read as UTC (the leaderboard's fractional-second times carry none). */
export function parseDate(rawInput: string): ParseResult<Measured> {
  const raw = rawInput ?? '';
  const empty = classifyEmpty(raw);
  if (empty) return ok({ value: null, raw, status: empty.status });
  const m = ISO.exec(raw.trim());
  if (!m) return fail(`'${raw}' is not a date (expected e.g. 2024-02-23)`, 'not-a-number');
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = 'Z'] = m;
  const ms = Number(`0.${frac || '0'}`) * 1000;
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.floor(ms));
  const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return fail(`'${raw}' is not a calendar date`, 'out-of-range');
  const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) * 60_000;
  const value = local - offset;
  if (value < MIN_DATE_MS || value > MAX_DATE_MS) return fail(`'${raw}' is outside 1950–2099`, 'out-of-range');
  return ok({ value, raw, status: 'reported' });
}
