import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { explainValue } from '../../src/domain/explain-value';
import { FIELDS } from '../../src/domain/fields';
import type { ModelRecord } from '../../src/domain/model';

function articleModel(name: string): ModelRecord {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('the article dataset did not load');
  const model = r.dataset.models.find((m) => m.name === name);
  if (!model) throw new Error(`no ${name} in the article dataset`);
  return model;
}

describe('explainValue', () => {
  it("gives the article's words for GPT-4's training compute before Epoch AI's figure", () => {
    const gpt4 = articleModel('GPT-4');
    const lines = explainValue(FIELDS.trainingCompute, FIELDS.trainingCompute.get(gpt4), gpt4);
    expect(lines.slice(0, 3)).toEqual([['As published', 'Enormous (undisclosed)'], ['Figure', '2.1e+25'], ['Status', 'estimated']]);
    expect(lines.find(([label]) => label === 'Source')?.[1]).toMatch(/Epoch AI/);
  });

  it('calls a parsed value "Published" when the source gave a number', () => {
    const gemma = articleModel('Gemma');
    expect(explainValue(FIELDS.mmlu, FIELDS.mmlu.get(gemma), gemma)[0]).toEqual(['Published', '64.3%']);
  });

  it('says how a computed metric was computed, and from what kind of inputs', () => {
    const gpt4 = articleModel('GPT-4');
    const lines = explainValue(FIELDS.mmluPerB, FIELDS.mmluPerB.get(gpt4), gpt4);
    expect(lines[0]?.[0]).toBe('Computed');
    expect(lines[1]).toEqual(['Inputs', 'one or more estimated']);
  });
});
