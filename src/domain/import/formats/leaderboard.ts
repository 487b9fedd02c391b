// The Hugging Face Open LLM Leaderboard v1 dump: sizes in billions (params_b), scores in percent, and 0 written
// where a size was not given or a benchmark was not run.
import type { Measured } from '../../measured';
import type { ColumnChoice } from '../column-mapping';
import { hasHeaders, mappingOf, type MappedFormat } from './types';

const SIZE_COLUMNS = new Set(['params_b', 'parameters']);
const SCORE_COLUMNS = new Set(['average', 'arc', 'hellaswag', 'mmlu', 'truthfulqa', 'winogrande', 'gsm8k']);

/**
 * The leaderboard's 0 as what it means: a size of 0 was not given, a score of 0 was not run. Returns the value to
 * store (missing, with the reason in its note), or null when the cell is not that sentinel.
 * `column` is the leaderboard's header ("params_b", "gsm8k", "mmlu", …). Pure, for build scripts too.
 */
export function leaderboardSentinel(column: string, raw: string): Measured | null {
  const c = column.trim().toLowerCase();
  const isSize = SIZE_COLUMNS.has(c);
  if (!isSize && !SCORE_COLUMNS.has(c)) return null;
  const t = raw.trim();
  if (t === '' || Number(t) !== 0) return null;
  return { value: null, raw, status: 'missing', note: isSize ? "size not given (the leaderboard's 0)" : "not run (the leaderboard's 0)" };
}

/** A Hugging Face repository's owner ("meta-llama" of "meta-llama/Meta-Llama-3-8B"), the leaderboard's only
 * word on who made a model; '' for a name with no owner. */
export function repositoryOwner(fullname: string): string {
  const slash = fullname.indexOf('/');
  return slash > 0 ? fullname.slice(0, slash) : '';
}

const HEADER_OF = { parameters: 'params_b', flop: '', mmlu: 'mmlu', gsm8k: 'gsm8k' } as const;

export const LEADERBOARD_FORMAT: MappedFormat = {
  id: 'open-llm-leaderboard-v1',
  label: 'Open LLM Leaderboard v1 dump (Hugging Face)',
  summary: 'params_b is in billions and scores in percent; a params_b, MMLU or GSM8K of 0 means "not given" or "not run" and is read as missing.',
  matches: (headers) => hasHeaders(headers, ['fullname', 'params_b', 'mmlu', 'gsm8k']),
  mapping: (headers) => mappingOf(headers, [['fullname', 'name'], ['params_b', 'parameters'], ['mmlu', 'mmlu'], ['gsm8k', 'gsm8k'], ['url', 'source']]),
  fixed: (headers) => headers.map((h): ColumnChoice => {
    const c = h.trim().toLowerCase();
    return c === 'params_b' ? { unit: 'billions', decimal: '.' } : SCORE_COLUMNS.has(c) ? { scale: 'percent', decimal: '.' } : {};
  }),
  rules: () => ({
    organization: repositoryOwner,
    sentinel: (field, raw) => {
      const value = HEADER_OF[field] ? leaderboardSentinel(HEADER_OF[field], raw) : null;
      if (!value) return null;
      const message = field === 'parameters' ? 'a params_b of 0 read as "size not given"' : 'a score of 0 read as "not run"';
      return { value, remark: { kind: field === 'parameters' ? 'size-not-given' : 'not-run', message } };
    },
  }),
};
