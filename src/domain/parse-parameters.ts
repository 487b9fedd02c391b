// Parses parameter counts as sources print them ("~1.7T (est.)", "67B", "7e9", "72,7B", "1.6T total, 49B active").
import { classifyEmpty, fail, ok, type Measured, type ParseResult } from './measured';
import { qualifierNote, qualifierRemark, qualifiedStatus, readNumber, valueOf, type DecimalMark } from './parse-number';
import { MAX_PARAMETERS } from './value-limits';

export type ParameterUnit = 'count' | 'billions';

export interface ParameterOptions {
  decimal?: DecimalMark;
  /** A bare count under 100,000 is accepted (Epoch AI lists small networks by their exact count). */
  smallCounts?: boolean;
}

/** Words after the number that only repeat what the column is. */
const UNIT_WORDS = /^(?:params?|parameters)\b\.?/i;

/**
 * Parameter count of a model.
 * `unit` says what a bare number means: a raw count ("70000000000.0") or billions ("70" in a params_b column).
 */
export function parseParameters(rawInput: string, unit: ParameterUnit = 'count', options: ParameterOptions = {}): ParseResult<Measured> {
  const raw = rawInput ?? '';
  const empty = classifyEmpty(raw);
  if (empty) return ok({ value: null, raw, status: empty.status, ...(empty.note ? { note: empty.note } : {}) });
  const read = readNumber(raw, options.decimal);
  if (!read.ok) {
    const why = read.kind === 'negative' ? `${read.reason}; a parameter count cannot be`
      : read.kind === 'not-a-number' ? `'${raw}' is not a parameter count (expected e.g. 67B, 7.3e9 or 1.7T)`
      : read.kind === 'expert-layout' ? `${read.reason} parameter count` : read.reason;
    return fail(why, read.kind);
  }
  const n = read.data;
  if (n.percent) return fail(`'${raw}' is a percentage, not a parameter count`, 'not-a-number');
  const value = valueOf(n, !n.hasSuffix && unit === 'billions' ? 9 : 0);
  if (value === 0) return ok({ value: null, raw, status: 'missing', note: 'a count of 0 was read as unknown' }, { kind: 'zero-size', message: 'a parameter count of 0 was read as missing' });
  if (unit === 'count' && !n.hasSuffix && value < 1e5 && !options.smallCounts) {
    return fail(`'${raw}' is too small for a raw parameter count; is the column in billions?`, 'too-small');
  }
  if (value > MAX_PARAMETERS) return fail(`'${raw}' is more than ${MAX_PARAMETERS.toExponential()} parameters, which no model has`, 'out-of-range');
  const rest = n.rest.replace(/^[\s,;]*(?:in\s+)?(?:total\b)?[\s,;]*/i, '').replace(UNIT_WORDS, '').trim();
  const note = [qualifierNote(n), rest].filter(Boolean).join(' · ');
  const out: Measured = { value, raw, status: qualifiedStatus(n) };
  if (note) out.note = note;
  return ok(out, qualifierRemark(raw, n));
}
