import { describe, expect, it } from 'vitest';
import { ChartDerivation } from '../../../src/domain/chart/derive';
import { frontierDisputeLines, MAX_DISPUTE_LINES } from '../../../src/domain/chart/frontier-disputes';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { FIELDS } from '../../../src/domain/fields';
import type { ChartView } from '../../../src/domain/view-state';

const article = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const byName = new Map(article.map((m) => [m.name, m]));
const view = (x: ChartView['x'], y: ChartView['y'], logX = false): ChartView => ({ x, y, logX, logY: false, showFrontier: true, flipX: false, flipY: false });

describe('the frontier note\'s disputed values', () => {
  it('flags DeepSeek\'s 78.5% MMLU on MMLU vs parameters, where DeepSeek is on the frontier', () => {
    const d = new ChartDerivation(article, view('parameters', 'mmlu', true));
    expect(d.frontierIds.has('deepseek')).toBe(true);
    expect(d.frontierDisputes).toEqual([
      "DeepSeek's MMLU (78.5%) is disputed: DeepSeek LLM 67B reports 71.3% (Base, 5-shot) and 71.1% (Chat); 78.5% is DeepSeek-V2 Base (236B MoE)",
    ]);
  });

  it('flags nothing when no frontier point\'s plotted value is disputed', () => {
    // Parameters vs inference cost: no note disputes a size or a tier.
    expect(new ChartDerivation(article, view('parameters', 'costTier', true)).frontierDisputes).toEqual([]);
  });

  it('only looks at the frontier: a disputed value off it is not the frontier\'s problem', () => {
    // Gemma's GSM8K is disputed, but Gemma is not passed as a frontier point.
    expect(frontierDisputeLines([byName.get('Mistral Small')!], FIELDS.mmlu, FIELDS.gsm8k)).toEqual([]);
    expect(frontierDisputeLines([byName.get('Gemma')!], FIELDS.mmlu, FIELDS.gsm8k)).toHaveLength(1);
  });

  it('names a few and counts the rest', () => {
    const all = article.filter((m) => m.name !== 'GPT-4');
    const lines = frontierDisputeLines(all, FIELDS.mmlu, FIELDS.gsm8k, 2);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('3 more disputed values on the frontier: see the table\'s notes.');
    expect(frontierDisputeLines(all, FIELDS.mmlu, FIELDS.gsm8k)).toHaveLength(MAX_DISPUTE_LINES + 1);
  });
});
