// The Open LLM Leaderboard v1 dump as a built-in dataset: one row per model (repeats across precisions folded by
// a stated rule), its 0s read as "not given" or "not run" by the importer's own rule, and every benchmark it has.
import { formatInteger } from '../format';
import { leaderboardSentinel, repositoryOwner } from '../import/formats/leaderboard';
import type { Measured } from '../measured';
import { idAllocator, slugify, type Dataset, type ModelRecord, type Source } from '../model';
import type { Attributes, ExtraValues } from '../model-extra';
import { parseDate } from '../parse-date';
import { parsePercent } from '../parse-percent';
import type { CellProblem } from '../problems';
import type { DatasetLoad } from './index';
import type { DataPayload } from './payload';
import { payloadRows } from './read-payload';
import { countWarnings, readWithImporter } from './read-with-importer';
import { LEADERBOARD } from './sources';

const SCORES = ['average', 'arc', 'hellaswag', 'mmlu', 'truthfulqa', 'winogrande', 'gsm8k'] as const;
const EXTRA_SCORES = [['arc', 'arc'], ['hellaswag', 'hellaswag'], ['truthfulqa', 'truthfulqa'], ['winogrande', 'winogrande'], ['average', 'leaderboardAverage']] as const;
const SIXTEEN_BIT = new Set(['float16', 'bfloat16']);

export const FOLD_RULE = 'the float16 or bfloat16 entry first, then the one with the most benchmarks run, then the latest submission (then the first in the file)';

type Col = (name: string) => readonly string[];

/** A score that is there: not empty and not the leaderboard's 0 for "not run". */
const present = (column: string, raw: string) => raw.trim() !== '' && !leaderboardSentinel(column, raw);

function rank(col: Col, r: number): [number, number, number] {
  const sixteen = SIXTEEN_BIT.has(col('precision')[r]!.trim()) ? 1 : 0;
  const run = SCORES.filter((s) => present(s, col(s)[r]!)).length;
  const date = parseDate(col('date')[r]!);
  return [sixteen, run, date.ok && date.data.value !== null ? date.data.value : -Infinity];
}

const better = (a: [number, number, number], b: [number, number, number]) => a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];

export interface Fold {
  /** The row kept for each model, in file order. */
  kept: number[];
  /** For a kept row whose model repeats, every row of that model (kept one included), in file order. */
  groups: Map<number, number[]>;
}

/** One row per model (the repo id, compared without case, as the Hub and the importer compare it), chosen by FOLD_RULE. */
export function foldLeaderboard(p: DataPayload): Fold {
  const col: Col = (name) => p.columns[name]!;
  const names = col('fullname');
  const rowsOf = new Map<string, number[]>();
  for (let r = 0; r < p.rows; r++) {
    const key = names[r]!.trim().toLowerCase();
    const list = rowsOf.get(key);
    if (list) list.push(r);
    else rowsOf.set(key, [r]);
  }
  const kept: number[] = [];
  const groups = new Map<number, number[]>();
  for (const rows of rowsOf.values()) {
    let best = rows[0]!;
    if (rows.length > 1) {
      let bestRank = rank(col, best);
      for (const r of rows.slice(1)) {
        const rr = rank(col, r);
        if (better(rr, bestRank)) [best, bestRank] = [r, rr];
      }
      groups.set(best, rows);
    }
    kept.push(best);
  }
  kept.sort((a, b) => a - b);
  return { kept, groups };
}

function foldNote(col: Col, rows: readonly number[], kept: number): string {
  const names = col('fullname');
  const spelt = new Set(rows.map((r) => names[r])).size > 1;
  const entry = (r: number) => `${spelt ? `${names[r]} ` : ''}${col('precision')[r]} of ${col('date')[r]!.slice(0, 10) || 'no date'}${r === kept ? ', shown' : ''}`;
  return `The leaderboard lists this model ${rows.length} times (${rows.map(entry).join('; ')}); one is shown, by the fold rule: ${FOLD_RULE}.`;
}

/** A score the importer does not map (ARC, HellaSwag, …), read by the same rules: the 0 sentinel, then percent. */
function score(column: string, raw: string, source: string, row: number, problems: CellProblem[]): Measured {
  const sentinel = leaderboardSentinel(column, raw);
  if (sentinel) return { ...sentinel, source };
  const p = parsePercent(raw);
  if (!p.ok) {
    problems.push({ row, column, raw, message: p.reason, severity: 'error' });
    return { value: null, raw, status: 'missing' };
  }
  return p.data.status === 'missing' && !raw ? p.data : { ...p.data, source };
}

const IMPORTER_HEADERS = ['fullname', 'params_b', 'mmlu', 'gsm8k', 'url'];

export function buildLeaderboard(p: DataPayload, meta: Omit<Dataset, 'models' | 'notes'>): DatasetLoad {
  const col: Col = (name) => p.columns[name]!;
  const fold = foldLeaderboard(p);
  const read = readWithImporter(IMPORTER_HEADERS, payloadRows(p, IMPORTER_HEADERS, fold.kept), 'open-llm-leaderboard-v1', p.source.file);
  if (!read.ok) return read;
  const problems: CellProblem[] = [];
  const allocate = idAllocator();
  const models: ModelRecord[] = read.rows.map(({ row, model }) => {
    const r = fold.kept[row - 1]!;
    const url = col('url')[r]!.trim();
    const name = model.name;
    const extra: ExtraValues = {};
    for (const [column, key] of EXTRA_SCORES) {
      const m = score(column, col(column)[r]!, url, row, problems);
      if (m.status !== 'missing' || m.raw) extra[key] = m;
    }
    const date = parseDate(col('date')[r]!);
    if (!date.ok) problems.push({ row, column: 'date', raw: col('date')[r]!, message: date.reason, severity: 'error' });
    else if (date.data.value !== null) extra.submissionDate = { ...date.data, note: 'submitted to the leaderboard (not a release date)', source: url };
    const attributes: Attributes = {};
    const attr = (key: keyof Attributes, column: string) => {
      const v = col(column)[r]!.trim();
      if (v) attributes[key] = v;
    };
    attr('modelType', 'type');
    attr('precision', 'precision');
    attr('licence', 'hub_license');
    attr('moe', 'moe');
    const group = fold.groups.get(r);
    const sources: Source[] = [LEADERBOARD, { title: `Hugging Face: ${name}`, url }];
    return {
      id: allocate(slugify(name)), name, organization: repositoryOwner(name),
      parameters: model.parameters, trainingCompute: model.trainingCompute, mmlu: model.mmlu, gsm8k: model.gsm8k, costTier: model.costTier,
      notes: group ? [foldNote(col, group, r)] : [], sources, extra, attributes,
    };
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, dataset: { ...meta, models, notes: leaderboardNotes(p, fold, countWarnings(read.warnings)) } };
}

function leaderboardNotes(p: DataPayload, fold: Fold, warnings: Map<string, number>): string[] {
  const n = formatInteger;
  const repeated = fold.groups.size;
  const foldedRows = p.rows - fold.kept.length;
  const zeros = (column: string) => p.columns[column]!.filter((v) => leaderboardSentinel(column, v)).length;
  const moeTrue = p.columns.moe!.filter((v) => v.trim().toUpperCase() === 'TRUE').length;
  return [
    `One row per model: the file's ${n(p.rows)} rows hold ${n(fold.kept.length)} models. ${n(repeated)} models appear more than once (across precisions, or with the repo id in another case), and their ${n(foldedRows)} extra rows were folded: kept is ${FOLD_RULE}. Each such model's note lists its entries.`,
    `A 0 means "not given" or "not run", never zero: of the models shown, ${n(warnings.get('size-not-given:Parameters') ?? 0)} have params_b 0 (size missing) and ${n(warnings.get('not-run:GSM8K') ?? 0)} have GSM8K 0 (not run)${(warnings.get('not-run:MMLU') ?? 0) ? `, ${n(warnings.get('not-run:MMLU')!)} MMLU 0` : ''}; in the whole file, ${n(zeros('params_b'))} and ${n(zeros('gsm8k'))}.`,
    'Dates are submission dates to the leaderboard, not release dates. Sizes are the leaderboard\'s rounded params_b (Llama-2-70b is listed as 68, Falcon-180B as 179).',
    `The moe column is kept as published but does not mean mixture-of-experts: it is TRUE for ${n(moeTrue)} of ${n(p.rows)} rows, dense Llama models included, and FALSE for Mixtral.`,
    'The flagged column does not fit its name either (TRUE for nearly every row) and is not kept: models the leaderboard\'s community flagged, for contamination say, are not marked here, and a model named as a contamination test can sit on a frontier.',
  ];
}
