// A published value together with what it means: the raw text is never thrown away.
import type { ProblemKind } from './problems';

export type ValueStatus = 'reported' | 'estimated' | 'undisclosed' | 'missing';

export interface Measured {
  /** Parsed number; always null when the status is undisclosed or missing — never 0. */
  value: number | null;
  /** The text exactly as published. */
  raw: string;
  status: ValueStatus;
  note?: string;
  source?: string;
  /** An interval around an estimate where its source gives one (e.g. Epoch's 90% CI). */
  range?: [number, number];
}

/** Something the reader should know about a value that was read (a bound, a sentinel), listed in the review. */
export interface Remark {
  kind: ProblemKind;
  message: string;
}

export type ParseResult<T> = { ok: true; data: T; remark?: Remark } | { ok: false; reason: string; kind?: ProblemKind };

export const ok = <T>(data: T, remark?: Remark): ParseResult<T> => (remark ? { ok: true, data, remark } : { ok: true, data });
export const fail = <T>(reason: string, kind?: ProblemKind): ParseResult<T> => (kind ? { ok: false, reason, kind } : { ok: false, reason });

export function missing(raw = '', note?: string): Measured {
  return note ? { value: null, raw, status: 'missing', note } : { value: null, raw, status: 'missing' };
}

export function undisclosed(raw: string, note?: string): Measured {
  return note ? { value: null, raw, status: 'undisclosed', note } : { value: null, raw, status: 'undisclosed' };
}

export function hasValue(m: Measured): m is Measured & { value: number } {
  return m.value !== null && Number.isFinite(m.value);
}

/** Adds a note (and source) to a measured value without touching what was published. */
export function annotate(m: Measured, extra: { note?: string; source?: string }): Measured {
  // Written out rather than spread: it runs for every value of a built-in dataset as it loads.
  const out: Measured = { value: m.value, raw: m.raw, status: m.status };
  const note = m.note && extra.note ? `${m.note} · ${extra.note}` : m.note || extra.note;
  if (note) out.note = note;
  if (extra.source) out.source = extra.source;
  else if (m.source) out.source = m.source;
  if (m.range) out.range = m.range;
  return out;
}

const MISSING_WORDS = new Set(['', 'n/a', 'na', 'none', 'null', 'nan', '-', '—', '–', '?', 'unknown', 'not available']);

/** Recognises the ways sources write "no value": returns the status, or null if the text may hold a value. */
export function classifyEmpty(raw: string): { status: 'missing' | 'undisclosed'; note?: string } | null {
  const t = raw.trim().toLowerCase();
  if (MISSING_WORDS.has(t)) return { status: 'missing' };
  if (/\bundisclosed\b|\bnot disclosed\b|\bproprietary\b/.test(t)) {
    const rest = raw.trim().replace(/^undisclosed\s*/i, '').replace(/^\((.*)\)$/, '$1').trim();
    return rest ? { status: 'undisclosed', note: rest } : { status: 'undisclosed' };
  }
  return null;
}

/** Markers that a published number is an estimate: "~1.7T", "≈", "(est.)", "estimated". */
export function isEstimateText(raw: string): boolean {
  return /^\s*[~≈]|\best\.?(\)|\s|$)|\bestimated?\b|\bapprox/i.test(raw);
}
