import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { searchHaystack, searchMatches } from '../../src/domain/search';

const models = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const haystack = searchHaystack(models);
const found = (needle: string) => {
  const hits = searchMatches(haystack, needle);
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

  it('matches nothing for an empty needle (no search)', () => {
    expect(found('   ')).toBeNull();
  });
});
