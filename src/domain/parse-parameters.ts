// Parses parameter counts as sources print them ("~1.7T (est.)", "67B", "7e9", "1.6T total, 49B active").
import { classifyEmpty, fail, isEstimateText, ok, type Measured, type ParseResult } from './measured';

export type ParameterUnit = 'count' | 'billions';

const SUFFIX: Record<string, number> = {
  k: 1e3, thousand: 1e3,
  m: 1e6, million: 1e6, mn: 1e6,
  b: 1e9, bn: 1e9, billion: 1e9,
  t: 1e12, trillion: 1e12,
};

// A number, optionally in scientific notation, followed by an optional size word or letter.
const QUANTITY = /(\d+(?:[.,]\d+)*(?:\.\d+)?(?:e[+-]?\d+)?)\s*-?\s*(thousand|million|billion|trillion|bn|mn|[kmbt])?(?![a-z])/gi;

function toNumber(digits: string): number {
  return Number(digits.replace(/,(?=\d{3}\b)/g, ''));
}

/**
 * Parameter count of a model.
 * `unit` says what a bare number means: a raw count ("70000000000.0") or billions ("70" in a params_b column).
 */
export function parseParameters(rawInput: string, unit: ParameterUnit = 'count'): ParseResult<Measured> {
  const raw = rawInput ?? '';
  const empty = classifyEmpty(raw);
  if (empty) return ok({ value: null, raw, status: empty.status, ...(empty.note ? { note: empty.note } : {}) });

  if (/\d\s*x\s*\d/i.test(raw)) {
    return fail(`'${raw}' names an expert layout (like 8x7B), not a total parameter count`);
  }
  if (/^\s*[~≈]?\s*-\s*\d/.test(raw)) return fail(`'${raw}' is negative; a parameter count cannot be`);
  const matches = [...raw.matchAll(QUANTITY)];
  const first = matches[0];
  if (!first || first[1] === undefined) return fail(`'${raw}' is not a parameter count (expected e.g. 67B, 7.3e9 or 1.7T)`);

  const digits = toNumber(first[1]);
  const suffix = first[2]?.toLowerCase();
  const multiplier = suffix ? SUFFIX[suffix] ?? NaN : unit === 'billions' ? 1e9 : 1;
  const value = digits * multiplier;
  if (!Number.isFinite(value)) return fail(`'${raw}' is not a parameter count`);
  if (value < 0) return fail(`'${raw}' is negative; a parameter count cannot be`);
  if (value === 0) return ok({ value: null, raw, status: 'missing', note: 'a count of 0 was read as unknown' });
  if (unit === 'count' && !suffix && value < 1e5) {
    return fail(`'${raw}' is too small for a raw parameter count; is the column in billions?`);
  }

  const estimated = isEstimateText(raw);
  // "1.6T total, 49B active": the first quantity is the total; what follows is kept as a note.
  const rest = matches.length > 1
    ? raw.slice((first.index ?? 0) + first[0].length).replace(/^[\s,;]*(?:in\s+)?(?:total\b)?[\s,;]*/i, '').trim()
    : '';
  const out: Measured = { value, raw, status: estimated ? 'estimated' : 'reported' };
  if (rest) out.note = rest;
  return ok(out);
}
