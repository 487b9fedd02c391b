// Parses benchmark scores: "86.4%", "86,4", "<5%", or a 0–1 fraction where the column is read as fractions.
import { classifyEmpty, fail, ok, type Measured, type ParseResult } from './measured';
import { qualifierNote, qualifierRemark, qualifiedStatus, readNumber, valueOf, type DecimalMark } from './parse-number';

export type ScoreScale = 'percent' | 'fraction';

export function parsePercent(rawInput: string, scale: ScoreScale = 'percent', decimal: DecimalMark = '.'): ParseResult<Measured> {
  const raw = rawInput ?? '';
  const empty = classifyEmpty(raw);
  if (empty) return ok({ value: null, raw, status: empty.status, ...(empty.note ? { note: empty.note } : {}) });
  const read = readNumber(raw, decimal);
  if (!read.ok) return fail(read.kind === 'negative' ? `${read.reason}; a score is 0–100%` : read.reason, read.kind);
  const n = read.data;
  if (n.hasSuffix || n.rest) return fail(`'${raw}' is not a number`, 'not-a-number');
  const asFraction = scale === 'fraction' && !n.percent;
  const value = valueOf(n, asFraction ? 2 : 0);
  if (asFraction && value > 100) return fail(`'${raw}' is outside 0–1, but the column is read as fractions`, 'out-of-range');
  if (value > 100) return fail(`'${raw}' is outside 0–100%`, 'out-of-range');
  const out: Measured = { value, raw, status: qualifiedStatus(n) };
  const note = qualifierNote(n);
  if (note) out.note = note;
  return ok(out, qualifierRemark(raw, n));
}
