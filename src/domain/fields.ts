// The numeric and ordinal fields a chart axis or table column can show, including derived efficiency metrics.
import { COST_TIERS } from './cost-tier';
import { formatCount, formatDate, formatFlop, formatPercent, formatPrice, trimNumber } from './format';
import { hasValue, type Measured, type ValueStatus } from './measured';
import type { ModelRecord } from './model';
import type { ExtraKey } from './model-extra';

export const FIELD_KEYS = [
  'parameters', 'trainingCompute', 'mmlu', 'gsm8k', 'costTier', 'mmluPerB', 'gsm8kPerB', 'avgScore',
  'releaseDate', 'submissionDate', 'priceInput', 'priceOutput', 'priceBlended',
  'arc', 'hellaswag', 'truthfulqa', 'winogrande', 'leaderboardAverage',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export interface FieldDef {
  key: FieldKey;
  /** Column header and select option: "MMLU", "Parameters". */
  label: string;
  /** How the field reads inside a sentence or chart title: "MMLU", "parameters". */
  name: string;
  /** Axis title with unit. */
  axisTitle: string;
  /** 'time': values are UTC epoch milliseconds, formatted as dates. */
  kind: 'numeric' | 'ordinal' | 'time';
  /** Values the field cannot go beyond (a percentage's 0–100): an axis never pads past them. */
  limits?: readonly [number, number];
  /** Which way is better, for the Pareto frontier: more score, less size / compute / cost / price, earlier date. */
  better: 'higher' | 'lower';
  get(model: ModelRecord): Measured;
  /** The source's own words for the value, where they are not a number (training compute "Enormous (undisclosed)"). */
  describedAs?(model: ModelRecord): string;
  format(value: number): string;
  /** Always shown formatted: the raw text is in the source's own unit (a price per token, a timestamp). */
  formatAlways?: boolean;
}

/** A metric computed from other values: missing if any input is, estimated if any input is. */
function derive(parts: Measured[], compute: (values: number[]) => number, what: string): Measured {
  const value = parts.every(hasValue) ? compute(parts.map((p) => p.value as number)) : NaN;
  if (!Number.isFinite(value)) return { value: null, raw: '', status: 'missing', source: `needs ${what}` };
  const status: ValueStatus = parts.some((p) => p.status === 'estimated') ? 'estimated' : 'reported';
  return { value, raw: trimNumber(value), status, source: `computed from ${what}` };
}

const PERCENT = [0, 100] as const;

const perBillion = (score: Measured, params: Measured) => derive([score, params], ([s, p]) => s! / (p! / 1e9), 'the score and the parameter count');

const NOT_GIVEN: Measured = Object.freeze({ value: null, raw: '', status: 'missing' }) as Measured;
const extra = (key: ExtraKey) => (m: ModelRecord): Measured => m.extra?.[key] ?? NOT_GIVEN;
const NO_BLEND: Measured = Object.freeze({ value: null, raw: '', status: 'missing', source: 'needs input and output prices' }) as Measured;

/** The blended price of 3 input tokens to 1 output token, the mix most price comparisons use: (3 × in + out) / 4. */
export function blendedPrice(m: ModelRecord): Measured {
  const input = m.extra?.priceInput;
  const output = m.extra?.priceOutput;
  if (!input || !output || !hasValue(input) || !hasValue(output)) return NO_BLEND;
  const value = Number(((3 * input.value + output.value) / 4).toPrecision(12));
  const status: ValueStatus = input.status === 'estimated' || output.status === 'estimated' ? 'estimated' : 'reported';
  const out: Measured = { value, raw: trimNumber(value, 6), status, note: `(3 × ${formatPrice(input.value)} + ${formatPrice(output.value)}) / 4` };
  if (input.source) out.source = input.source;
  return out;
}

const price = (key: 'priceInput' | 'priceOutput' | 'priceBlended', label: string, name: string, get: (m: ModelRecord) => Measured): FieldDef => ({
  key, label, name, axisTitle: `${label} (USD per million tokens)`,
  kind: 'numeric', better: 'lower', get, format: formatPrice, formatAlways: true,
});

const benchmark = (key: 'arc' | 'hellaswag' | 'truthfulqa' | 'winogrande' | 'leaderboardAverage', label: string, axisTitle: string): FieldDef => ({
  key, label, name: label, axisTitle, kind: 'numeric', better: 'higher', get: extra(key), format: formatPercent,
});

export const FIELDS: Record<FieldKey, FieldDef> = {
  parameters: {
    key: 'parameters', label: 'Parameters', name: 'parameters', axisTitle: 'Parameters',
    kind: 'numeric', better: 'lower', get: (m) => m.parameters, format: formatCount,
  },
  trainingCompute: {
    key: 'trainingCompute', label: 'Training compute', name: 'training compute', axisTitle: 'Training compute (FLOP)',
    kind: 'numeric', better: 'lower', get: (m) => m.trainingCompute.flop, describedAs: (m) => m.trainingCompute.text, format: formatFlop,
  },
  mmlu: {
    key: 'mmlu', label: 'MMLU', name: 'MMLU', axisTitle: 'MMLU (%)',
    kind: 'numeric', limits: PERCENT, better: 'higher', get: (m) => m.mmlu, format: formatPercent,
  },
  gsm8k: {
    key: 'gsm8k', label: 'GSM8K', name: 'GSM8K', axisTitle: 'GSM8K (%)',
    kind: 'numeric', limits: PERCENT, better: 'higher', get: (m) => m.gsm8k, format: formatPercent,
  },
  costTier: {
    key: 'costTier', label: 'Inference cost', name: 'inference cost', axisTitle: 'Inference cost tier',
    kind: 'ordinal', better: 'lower', get: (m) => m.costTier, format: (v) => COST_TIERS[Math.round(v)] ?? String(v),
  },
  mmluPerB: {
    key: 'mmluPerB', label: 'MMLU per B params', name: 'MMLU per billion parameters', axisTitle: 'MMLU points per billion parameters',
    kind: 'numeric', better: 'higher', get: (m) => perBillion(m.mmlu, m.parameters), format: trimNumber,
  },
  gsm8kPerB: {
    key: 'gsm8kPerB', label: 'GSM8K per B params', name: 'GSM8K per billion parameters', axisTitle: 'GSM8K points per billion parameters',
    kind: 'numeric', better: 'higher', get: (m) => perBillion(m.gsm8k, m.parameters), format: trimNumber,
  },
  avgScore: {
    key: 'avgScore', label: 'Avg of MMLU & GSM8K', name: 'average score', axisTitle: 'Average of MMLU and GSM8K (%)',
    kind: 'numeric', limits: PERCENT, better: 'higher', get: (m) => derive([m.mmlu, m.gsm8k], ([a, b]) => (a! + b!) / 2, 'MMLU and GSM8K'), format: formatPercent,
  },
  // Earlier counts as better on a date axis: the frontier is then the record line, the best score reached by each date.
  releaseDate: {
    key: 'releaseDate', label: 'Release date', name: 'release date', axisTitle: 'Release or publication date',
    kind: 'time', better: 'lower', get: extra('releaseDate'), format: formatDate, formatAlways: true,
  },
  submissionDate: {
    key: 'submissionDate', label: 'Leaderboard submission', name: 'leaderboard submission date', axisTitle: 'Leaderboard submission date',
    kind: 'time', better: 'lower', get: extra('submissionDate'), format: formatDate, formatAlways: true,
  },
  priceInput: price('priceInput', 'Input price', 'input price', extra('priceInput')),
  priceOutput: price('priceOutput', 'Output price', 'output price', extra('priceOutput')),
  priceBlended: price('priceBlended', 'Blended price 3:1', 'blended price (3 input : 1 output)', blendedPrice),
  arc: benchmark('arc', 'ARC', 'ARC (%)'),
  hellaswag: benchmark('hellaswag', 'HellaSwag', 'HellaSwag (%)'),
  truthfulqa: benchmark('truthfulqa', 'TruthfulQA', 'TruthfulQA (%)'),
  winogrande: benchmark('winogrande', 'Winogrande', 'Winogrande (%)'),
  leaderboardAverage: benchmark('leaderboardAverage', 'Leaderboard average', 'Open LLM Leaderboard average (%)'),
};

export function isFieldKey(key: string): key is FieldKey {
  return (FIELD_KEYS as readonly string[]).includes(key);
}

/** The value as a reader should see it: the published text where there is one, else the formatted number. */
export function displayValue(field: FieldDef, m: Measured): string {
  if (m.status === 'undisclosed') return 'Undisclosed';
  if (m.value === null) return m.raw.trim() && m.status !== 'missing' ? m.raw : '—';
  if (field.key === 'costTier' || field.formatAlways) return field.format(m.value);
  const cleaned = m.raw.replace(/\(\s*est(?:imated|\.)?\s*\)/i, '').trim();
  // A bare number ("70" in a params_b column) is shown with its unit; anything else as published.
  return /[a-z%~≈]/i.test(cleaned) ? cleaned : field.format(m.value);
}

/** Text for a screen reader or a tooltip: "parameters ~1.7T (estimated)". */
export function describeValue(field: FieldDef, m: Measured): string {
  const shown = displayValue(field, m);
  if (m.value === null) return `${field.name} ${m.status}`;
  return `${field.name} ${shown}${m.status === 'estimated' ? ' (estimated)' : ''}`;
}
