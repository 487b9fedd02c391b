// Matches headers to model fields by name and common synonyms, and decides how each column's values are read.
import type { DecimalMark } from '../parse-number';
import type { ParameterUnit } from '../parse-parameters';
import type { ScoreScale } from '../parse-percent';
import type { ColumnProfile } from './column-profile';

export const TARGETS = ['name', 'organization', 'parameters', 'trainingComputeFlop', 'trainingComputeText', 'mmlu', 'gsm8k', 'costTier', 'source', 'ignore'] as const;
export type Target = (typeof TARGETS)[number];

export const TARGET_LABELS: Record<Target, string> = {
  name: 'Model name', organization: 'Organization', parameters: 'Parameters', trainingComputeFlop: 'Training compute (FLOP)',
  trainingComputeText: 'Training compute (text)', mmlu: 'MMLU', gsm8k: 'GSM8K', costTier: 'Inference cost tier', source: 'Source',
  ignore: '(ignore)',
};

const norm = (h: string) => h.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const SYNONYMS: Record<Exclude<Target, 'ignore'>, string[]> = {
  name: ['model', 'name', 'fullname', 'model name', 'model id', 'system'],
  organization: ['organization', 'organisation', 'org', 'developer', 'company', 'lab'],
  parameters: ['parameters', 'params', 'params b', 'param count', 'parameter count', 'num params', 'size', 'params billions'],
  trainingComputeFlop: ['training compute flop', 'training compute', 'compute flop', 'flop', 'flops', 'training flop'],
  trainingComputeText: ['training compute text', 'compute description'],
  mmlu: ['mmlu', 'mmlu 5 shot', 'mmlu score'],
  gsm8k: ['gsm8k', 'gsm 8k', 'gsm8k score'],
  costTier: ['inference cost', 'cost tier', 'cost', 'inference cost tier', 'price tier'],
  source: ['source', 'source url', 'url', 'link', 'citation'],
};

/** How closely a normalised header names a target: its length for the same words, that of the longest leading synonym. */
function matchLength(n: string, names: readonly string[], pass: 'exact' | 'prefix'): number {
  if (pass === 'exact') return names.includes(n) ? n.length : 0;
  return Math.max(0, ...names.filter((s) => n.startsWith(`${s} `)).map((s) => s.length));
}

/** Each header's best target; a target is used once, by the first header that names it most exactly. */
export function guessMapping(headers: readonly string[]): Target[] {
  const used = new Set<Target>();
  const out: Target[] = headers.map(() => 'ignore');
  // Exact synonym matches first, then headers that start with a synonym ("MMLU (5-shot)"), the longest synonym
  // winning: "Training compute text (notes)" is the text column, not the FLOP column its first two words name.
  for (const pass of ['exact', 'prefix'] as const) {
    headers.forEach((h, i) => {
      if (out[i] !== 'ignore') return;
      const n = norm(h);
      let best: Target = 'ignore';
      let bestLength = 0;
      for (const [target, names] of Object.entries(SYNONYMS) as [Exclude<Target, 'ignore'>, string[]][]) {
        if (used.has(target)) continue;
        const length = matchLength(n, names, pass);
        if (length > bestLength) [best, bestLength] = [target, length];
      }
      if (best !== 'ignore') {
        out[i] = best;
        used.add(best);
      }
    });
  }
  return out;
}

const numeric = (s: string) => {
  const n = Number(s.replace(/%$/, '').trim());
  return s.trim() !== '' && Number.isFinite(n) ? n : null;
};

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

/** Bare numbers under 100,000 are billions ("70" in params_b); larger ones are raw counts ("70000000000.0"). */
export function guessParameterUnit(header: string, values: readonly string[]): ParameterUnit {
  if (/\bb\b|billion|\(b\)|_b\b/i.test(header)) return 'billions';
  const m = median(values.map(numeric).filter((n): n is number => n !== null && n > 0));
  return m !== null && m < 1e5 ? 'billions' : 'count';
}

/** How one column's values are read: its decimal mark, and (for a score) its scale, (for sizes) its unit. */
export interface ColumnReading {
  /** null until the user answers: the values could be read either way. */
  decimal: DecimalMark | null;
  /** null until the user answers: the column mixes fractions and percentages. */
  scale: ScoreScale | null;
  unit: ParameterUnit;
}

export type ColumnChoice = Partial<{ decimal: DecimalMark; scale: ScoreScale; unit: ParameterUnit }>;

/** What the values suggest, or what a known format fixes, for every column. */
export function defaultReadings(headers: readonly string[], rows: readonly string[][], profiles: readonly ColumnProfile[], fixed: readonly ColumnChoice[] = []): ColumnReading[] {
  return headers.map((h, i) => {
    const p = profiles[i];
    return {
      decimal: p?.decimal.guess ?? null,
      scale: p?.scale.guess ?? null,
      unit: guessParameterUnit(h, rows.slice(0, 2000).map((r) => r[i] ?? '')),
      ...fixed[i],
    };
  });
}

/** The defaults with the user's choices applied; derived, never stored. */
export function applyChoices(defaults: readonly ColumnReading[], choices: readonly (ColumnChoice | undefined)[]): ColumnReading[] {
  return defaults.map((d, i) => ({ ...d, ...choices[i] }));
}

export const NUMERIC_TARGETS = ['parameters', 'trainingComputeFlop', 'mmlu', 'gsm8k'] as const;
export type NumericTarget = (typeof NUMERIC_TARGETS)[number];
export const isNumericTarget = (t: Target): t is NumericTarget => (NUMERIC_TARGETS as readonly Target[]).includes(t);
export const isScoreTarget = (t: Target): t is 'mmlu' | 'gsm8k' => t === 'mmlu' || t === 'gsm8k';

/** A question the user must answer before rows are checked, about one column. */
export interface OpenQuestion {
  column: number;
  kind: 'decimal' | 'scale';
}

export function openQuestions(mapping: readonly Target[], readings: readonly ColumnReading[], profiles: readonly ColumnProfile[]): OpenQuestion[] {
  const out: OpenQuestion[] = [];
  mapping.forEach((t, column) => {
    const r = readings[column];
    if (!r || !isNumericTarget(t)) return;
    if (r.decimal === null && profiles[column]?.decimal.relevant !== false) out.push({ column, kind: 'decimal' });
    if (isScoreTarget(t) && r.scale === null) out.push({ column, kind: 'scale' });
  });
  return out;
}
