// Training compute: the free text a source printed, plus an optional numeric FLOP estimate with its own status.
import { classifyEmpty, fail, ok, type Measured, type ParseResult } from './measured';
import { qualifierNote, qualifierRemark, qualifiedStatus, readNumber, valueOf, type DecimalMark } from './parse-number';
import { MAX_FLOP, PLAUSIBLE_MIN_FLOP } from './value-limits';

export interface TrainingCompute {
  /** As published, e.g. "Enormous (undisclosed)" or "~40% less than comparable models"; '' when none. */
  text: string;
  flop: Measured;
}

export interface FlopInput {
  raw: string;
  /** Epoch marks some estimates "Speculative"; any estimate from outside the developer is 'estimated'. */
  estimated?: boolean;
  note?: string;
  source?: string;
  range?: [number, number];
  decimal?: DecimalMark;
}

export function parseFlop(input: FlopInput): ParseResult<Measured> {
  const { raw } = input;
  const empty = classifyEmpty(raw);
  if (empty) return ok({ value: null, raw, status: empty.status, ...(empty.note ? { note: empty.note } : {}) });
  const read = readNumber(raw, input.decimal);
  if (!read.ok) {
    const why = read.kind === 'not-a-number' ? `'${raw}' is not a FLOP count (expected e.g. 2.1e+25)` : read.kind === 'negative' ? `${read.reason}; a FLOP count cannot be` : read.reason;
    return fail(why, read.kind);
  }
  const n = read.data;
  if (n.percent || (n.rest && !/^flops?$/i.test(n.rest))) return fail(`'${raw}' is not a FLOP count (expected e.g. 2.1e+25)`, 'not-a-number');
  const value = valueOf(n);
  if (value <= 0) return fail(`'${raw}' is not a positive FLOP count`, 'out-of-range');
  if (value > MAX_FLOP) return fail(`'${raw}' is more than ${MAX_FLOP.toExponential()} FLOP, far beyond any training run`, 'out-of-range');
  const out: Measured = { value, raw, status: input.estimated ? 'estimated' : qualifiedStatus(n) };
  const note = [qualifierNote(n), input.note].filter(Boolean).join(' · ');
  if (note) out.note = note;
  if (input.source) out.source = input.source;
  if (input.range) out.range = input.range;
  // Kept, as a few machines of the 1950s trained on less, but said: "0.85" or "25.3" (log10 FLOP) is a unit slip.
  const tiny = value < PLAUSIBLE_MIN_FLOP
    ? { kind: 'tiny-flop' as const, message: `'${raw}' is read as ${value} FLOP, under ${PLAUSIBLE_MIN_FLOP.toLocaleString('en-US')}; is the column in another unit (log10 FLOP, petaFLOP)?` }
    : undefined;
  return ok(out, tiny ?? qualifierRemark(raw, n));
}

export function parseTrainingCompute(text: string, flop?: FlopInput): ParseResult<TrainingCompute> {
  const parsed = flop ? parseFlop(flop) : ok<Measured>({ value: null, raw: '', status: 'missing' });
  if (!parsed.ok) return parsed;
  return ok({ text: text.trim(), flop: parsed.data });
}
