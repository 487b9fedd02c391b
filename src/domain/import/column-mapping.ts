// Matches headers to model fields by name and common synonyms, and guesses each column's unit from its data.
import type { ParameterUnit } from '../parse-parameters';
import type { ScoreScale } from '../parse-percent';

export const TARGETS = ['name', 'organization', 'parameters', 'trainingComputeFlop', 'trainingComputeText', 'mmlu', 'gsm8k', 'costTier', 'source', 'ignore'] as const;
export type Target = (typeof TARGETS)[number];

export const TARGET_LABELS: Record<Target, string> = {
  name: 'Model name', organization: 'Organization', parameters: 'Parameters', trainingComputeFlop: 'Training compute (FLOP)',
  trainingComputeText: 'Training compute (text)', mmlu: 'MMLU', gsm8k: 'GSM8K', costTier: 'Inference cost tier', source: 'Source',
  ignore: '(ignore)',
};

const norm = (h: string) => h.toLowerCase().replace(/[^a-z0-9#]+/g, ' ').trim();

const SYNONYMS: Record<Exclude<Target, 'ignore'>, string[]> = {
  name: ['model', 'name', 'fullname', 'model name', 'model id', 'system'],
  organization: ['organization', 'organisation', 'org', 'developer', 'company', 'lab'],
  parameters: ['parameters', 'params', 'params b', '#params b', 'param count', 'parameter count', 'num params', 'size', 'params billions'],
  trainingComputeFlop: ['training compute flop', 'training compute', 'compute flop', 'flop', 'flops', 'training flop'],
  trainingComputeText: ['training compute text', 'compute description'],
  mmlu: ['mmlu', 'mmlu 5 shot', 'mmlu score'],
  gsm8k: ['gsm8k', 'gsm 8k', 'gsm8k score'],
  costTier: ['inference cost', 'cost tier', 'cost', 'inference cost tier', 'price tier'],
  source: ['source', 'source url', 'url', 'link', 'citation'],
};

/** Each header's best target; a target is used once, by the first header that names it most exactly. */
export function guessMapping(headers: readonly string[]): Target[] {
  const used = new Set<Target>();
  const out: Target[] = headers.map(() => 'ignore');
  // Exact synonym matches first, then headers that start with a synonym ("MMLU (5-shot)").
  for (const pass of ['exact', 'prefix'] as const) {
    headers.forEach((h, i) => {
      if (out[i] !== 'ignore') return;
      const n = norm(h);
      for (const [target, names] of Object.entries(SYNONYMS) as [Exclude<Target, 'ignore'>, string[]][]) {
        if (used.has(target)) continue;
        const hit = pass === 'exact' ? names.includes(n) : names.some((s) => n.startsWith(`${s} `));
        if (hit) {
          out[i] = target;
          used.add(target);
          return;
        }
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

/** A score column whose numbers all lie in 0–1 (and none carries "%") is read as fractions. */
export function guessScoreScale(values: readonly string[]): ScoreScale {
  const nums = values.filter((v) => !v.includes('%')).map(numeric).filter((n): n is number => n !== null);
  return nums.length > 0 && nums.every((n) => n >= 0 && n <= 1) && nums.some((n) => n > 0 && n < 1) ? 'fraction' : 'percent';
}

export interface Units {
  parameters: ParameterUnit;
  mmlu: ScoreScale;
  gsm8k: ScoreScale;
}

export function guessUnits(headers: readonly string[], rows: readonly string[][], mapping: readonly Target[]): Units {
  const column = (t: Target) => {
    const i = mapping.indexOf(t);
    return i < 0 ? { header: '', values: [] as string[] } : { header: headers[i] ?? '', values: rows.slice(0, 2000).map((r) => r[i] ?? '') };
  };
  const p = column('parameters');
  return {
    parameters: guessParameterUnit(p.header, p.values),
    mmlu: guessScoreScale(column('mmlu').values),
    gsm8k: guessScoreScale(column('gsm8k').values),
  };
}
