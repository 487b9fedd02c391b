// Training compute: the free text a source printed, plus an optional numeric FLOP estimate with its own status.
import { classifyEmpty, fail, isEstimateText, ok, type Measured, type ParseResult } from './measured';

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
}

export function parseFlop(input: FlopInput): ParseResult<Measured> {
  const { raw } = input;
  const empty = classifyEmpty(raw);
  if (empty) return ok({ value: null, raw, status: empty.status, ...(empty.note ? { note: empty.note } : {}) });
  const match = /^\s*[~≈]?\s*(\d+(?:\.\d+)?(?:e\+?\d+)?)\s*(?:flop|flops)?\s*$/i.exec(raw);
  if (!match || match[1] === undefined) return fail(`'${raw}' is not a FLOP count (expected e.g. 2.1e+25)`);
  const value = Number(match[1]);
  if (!Number.isFinite(value) || value <= 0) return fail(`'${raw}' is not a positive FLOP count`);
  const out: Measured = { value, raw, status: input.estimated || isEstimateText(raw) ? 'estimated' : 'reported' };
  if (input.note) out.note = input.note;
  if (input.source) out.source = input.source;
  if (input.range) out.range = input.range;
  return ok(out);
}

export function parseTrainingCompute(text: string, flop?: FlopInput): ParseResult<TrainingCompute> {
  const parsed = flop ? parseFlop(flop) : ok<Measured>({ value: null, raw: '', status: 'missing' });
  if (!parsed.ok) return parsed;
  return ok({ text: text.trim(), flop: parsed.data });
}
