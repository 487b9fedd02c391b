import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { disputedValues, disputeOf } from '../../src/domain/disputed';
import { FIELDS } from '../../src/domain/fields';
import { ChartDerivation } from '../../src/domain/chart/derive';
import { paretoStatus } from '../../src/domain/pareto-status';
import type { FrontierSpec } from '../../src/domain/chart/frontier';
import type { ModelRecord } from '../../src/domain/model';

const article = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const paretoOptimalIds = (models: typeof article, view: ConstructorParameters<typeof ChartDerivation>[1]) => new ChartDerivation(models, view).frontierIds;
const byName = new Map(article.map((m) => [m.name, m]));
const SIZE_MMLU = { x: 'parameters', y: 'mmlu', logX: true, logY: false, flipX: false, flipY: false, showFrontier: true } as const;
const MMLU_GSM8K = { x: 'mmlu', y: 'gsm8k', logX: false, logY: false, flipX: false, flipY: false, showFrontier: true } as const;

describe('the Pareto column: yes, no, or cannot be known', () => {
  it('is unknown for a model whose size is undisclosed when size is an axis, not "No"', () => {
    const ids = paretoOptimalIds(article, SIZE_MMLU);
    expect(paretoStatus(byName.get('Claude 3 Opus')!, SIZE_MMLU, ids)).toBeUndefined();
    // Qwen (72B, 77.3%) is dominated by DeepSeek (67B, 78.5%) — the very point whose MMLU a note disputes.
    expect(article.map((m) => paretoStatus(m, SIZE_MMLU, ids))).toEqual([true, undefined, true, false, true, false]);
  });

  it('is known for the same model on axes it has values for', () => {
    const ids = paretoOptimalIds(article, MMLU_GSM8K);
    expect(paretoStatus(byName.get('Claude 3 Opus')!, MMLU_GSM8K, ids)).toBe(true);
    expect(paretoStatus(byName.get('Gemma')!, MMLU_GSM8K, ids)).toBe(false);
  });
});

describe('values a fact-check note disputes', () => {
  it('finds DeepSeek\'s 78.5% MMLU, which the note says is DeepSeek-V2\'s', () => {
    const found = disputedValues([byName.get('DeepSeek')!], [FIELDS.parameters, FIELDS.mmlu]);
    expect(found.map((d) => [d.model.name, d.field.key])).toEqual([['DeepSeek', 'mmlu']]);
    expect(found[0]!.note).toContain('78.5% is DeepSeek-V2 Base');
  });

  it('names every disputed plotted value of the article on MMLU and GSM8K, and none that matches', () => {
    const found = disputedValues(article, [FIELDS.mmlu, FIELDS.gsm8k]).map((d) => `${d.model.name} ${d.field.label}`);
    expect(found).toEqual(['Claude 3 Opus GSM8K', 'DeepSeek MMLU', 'DeepSeek GSM8K', 'Qwen GSM8K', 'Gemma GSM8K']);
  });

  it('reads notes joined with " · " part by part, and ignores a value that is not there', () => {
    expect(disputeOf({ value: 1, raw: '1', status: 'estimated', note: 'Epoch AI confidence: Likely · Differs from the source: 2' })).toBe('Differs from the source: 2');
    expect(disputeOf({ value: null, raw: '', status: 'missing', note: 'Differs from the source: 2' })).toBeNull();
    expect(disputeOf({ value: 1, raw: '1', status: 'reported', note: 'Near match: 1.1' })).toBeNull();
  });
});

describe('the Pareto column on hand-made models', () => {
  const MISSING = { value: null, raw: '', status: 'missing' } as const;
  const v = (value: number) => ({ value, raw: String(value), status: 'reported' as const });
  const model = (id: string, mmlu: number | null, gsm8k: number | null, costTier: number | null = null): ModelRecord => ({
    id, name: id, organization: '', parameters: MISSING, costTier: costTier === null ? MISSING : v(costTier),
    mmlu: mmlu === null ? MISSING : v(mmlu), gsm8k: gsm8k === null ? MISSING : v(gsm8k),
    trainingCompute: { text: '', flop: MISSING }, notes: [], sources: [],
  });
  const onFrontier = new Set(['a']);
  const spec = (over: Partial<FrontierSpec>): FrontierSpec => ({ ...MMLU_GSM8K, ...over });

  it('cannot be known with either axis value missing, and is yes or no with both', () => {
    expect(paretoStatus(model('a', null, 50), spec({}), onFrontier)).toBeUndefined();
    expect(paretoStatus(model('a', 50, null), spec({}), onFrontier)).toBeUndefined();
    expect(paretoStatus(model('a', 50, 50), spec({}), onFrontier)).toBe(true);
    expect(paretoStatus(model('b', 50, 50), spec({}), onFrontier)).toBe(false);
  });

  it('cannot be known for a score of 0 on a log axis, which cannot place it, but can on a linear one', () => {
    expect(paretoStatus(model('a', 0, 50), spec({ logX: true }), onFrontier)).toBeUndefined();
    expect(paretoStatus(model('a', 0, 50), spec({ logX: false }), onFrontier)).toBe(true);
    expect(paretoStatus(model('a', 50, 0), spec({ logY: true }), onFrontier)).toBeUndefined();
    expect(paretoStatus(model('a', 50, 0), spec({ logY: false }), onFrontier)).toBe(true);
    expect(paretoStatus(model('b', 50, 50), spec({ logX: true, logY: true }), onFrontier)).toBe(false);
  });

  it('is known for the lowest cost tier (rank 0) even with the log toggle on, since a tier axis is never logarithmic', () => {
    const tierSpec = spec({ y: 'costTier', logY: true });
    expect(paretoStatus(model('a', 50, null, 0), tierSpec, onFrontier)).toBe(true);
    expect(paretoStatus(model('b', 50, null, 0), tierSpec, onFrontier)).toBe(false);
  });
});
