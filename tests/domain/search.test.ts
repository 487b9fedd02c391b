import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { searchHaystack, searchMatches } from '../../src/domain/search';

// Built inside each test, not at collection: Stryker switches a mutant on per test, so collection never sees one.
const extended = () => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
};
const found = (needle: string) => {
  const models = extended();
  const hits = searchMatches(searchHaystack(models), needle);
  return hits ? models.filter((_, i) => hits[i] === 1).map((m) => m.name) : null;
};

describe('search', () => {
  it.each([
    ['gpt4', ['GPT-4', 'GPT-4o (2024-05-13)', 'GPT-4 Turbo (2024-04-09)']],
    ['gpt 4', ['GPT-4', 'GPT-4o (2024-05-13)', 'GPT-4 Turbo (2024-04-09)']],
    ['GPT-4', ['GPT-4', 'GPT-4o (2024-05-13)', 'GPT-4 Turbo (2024-04-09)']],
    ['llama3 70', ['Llama 3 70B Instruct', 'Llama 3.1 70B Instruct']],
    ['llama 3.1', ['Llama 3.1 8B Instruct', 'Llama 3.1 70B Instruct', 'Llama 3.1 405B Instruct']],
    ['claude3 opus', ['Claude 3 Opus']],
    ['mixtral', ['Mixtral 8x7B']],
    ['phi3', ['Phi-3 mini 4K Instruct']],
    ['deepmind', ['Gemini 1.5 Pro (May 2024)', 'Gemini 1.0 Ultra']],
  ])('%j finds what a person means', (needle, names) => {
    expect(found(needle)).toEqual(names);
  });

  it("does not find GPT-3.5 for 'gpt4', nor take a date's digits for a version", () => {
    expect(found('gpt4')).not.toContain('GPT-3.5');
    expect(found('gpt 2024')).toEqual(['GPT-4o (2024-05-13)', 'GPT-4 Turbo (2024-04-09)']);
  });

  it('matches accents and other scripts', () => {
    const hay = searchHaystack([{ name: 'Modèle Ünï', organization: 'Lab' }, { name: '模型 一', organization: '实验室' }]);
    expect(searchMatches(hay, 'modele uni')).toEqual(Uint8Array.from([1, 0]));
    expect(searchMatches(hay, '模型')).toEqual(Uint8Array.from([0, 1]));
  });

  it('ignores case and repeated spaces in scripts that uFuzzy does not read', () => {
    const hay = searchHaystack([{ name: 'Qwen 2', organization: 'Alibaba' }, { name: 'Модель', organization: 'Лаб' }]);
    expect(searchMatches(hay, 'МОДЕЛЬ')).toEqual(Uint8Array.from([0, 1]));
    expect(searchMatches(hay, 'модель')).toEqual(Uint8Array.from([0, 1]));
    expect(searchMatches(hay, 'модель   лаб')).toEqual(Uint8Array.from([0, 1]));
  });

  it('matches a needle mixing Latin and other scripts as written, not by its Latin words alone', () => {
    const hay = searchHaystack([{ name: 'Qwen 通义千问', organization: 'Alibaba' }, { name: 'Qwen 2', organization: 'Alibaba' }]);
    expect(searchMatches(hay, 'qwen 通义')).toEqual(Uint8Array.from([1, 0]));
  });

  it('matches a needle of punctuation alone as text: "/" finds Hugging Face ids', () => {
    const hay = searchHaystack([{ name: 'meta-llama/Meta-Llama-3-8B', organization: '' }, { name: 'Gemma 7B', organization: 'Google' }]);
    expect(searchMatches(hay, '/')).toEqual(Uint8Array.from([1, 0]));
  });

  it('matches nothing for an empty needle (no search)', () => {
    expect(found('   ')).toBeNull();
  });
});
