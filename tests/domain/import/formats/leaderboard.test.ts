// The Hugging Face Open LLM Leaderboard v1 dump read as it means it: params_b in billions, scores in percent, and
// its 0 for "size not given" or "not run" read as missing, never as a 0. Rows in the style of the 2024-07 dump
// (huggingface.co/open-llm-leaderboard, model names and scores as published there).
import { describe, expect, it } from 'vitest';
import { LEADERBOARD_FORMAT, leaderboardSentinel, repositoryOwner } from '../../../../src/domain/import/formats/leaderboard';
import { importFile } from '../harness';

describe('leaderboardSentinel', () => {
  it.each([
    [' GSM8K ', '0', "not run (the leaderboard's 0)"],
    ['params_b', ' 0.0 ', "size not given (the leaderboard's 0)"],
    ['Parameters', '0', "size not given (the leaderboard's 0)"],
  ])('%j %j is missing: %s', (column, raw, note) => {
    expect(leaderboardSentinel(column, raw)).toEqual({ value: null, raw, status: 'missing', note });
  });

  it.each([['gsm8k', '0.15'], ['gsm8k', '   '], ['model', '0'], ['mmlu', '']])('%j %j is read as usual (null)', (column, raw) => {
    expect(leaderboardSentinel(column, raw)).toBeNull();
  });
});

describe('repositoryOwner', () => {
  it.each([
    ['meta-llama/Meta-Llama-3-8B', 'meta-llama'],
    ['gpt2', ''],
    ['/leading-slash', ''],
  ])('%j → %j', (name, owner) => {
    expect(repositoryOwner(name)).toBe(owner);
  });
});

describe('LEADERBOARD_FORMAT', () => {
  it('maps the name, size, both scores and the link; every other column is ignored', () => {
    expect(LEADERBOARD_FORMAT.mapping(['fullname', 'params_b', 'arc', 'mmlu', 'gsm8k', 'url'])).toEqual(['name', 'parameters', 'ignore', 'mmlu', 'gsm8k', 'source']);
  });

  it('fixes params_b as billions and every score column as percent, whatever the spaces and case of the header', () => {
    expect(LEADERBOARD_FORMAT.fixed([' Params_B ', ' GSM8K ', 'fullname'])).toEqual([
      { unit: 'billions', decimal: '.' }, { scale: 'percent', decimal: '.' }, {},
    ]);
  });
});

describe('a leaderboard file through the importer', () => {
  // Read inside each test, not when the tests are collected, so that a mutant switched on per test is seen.
  const file = () => importFile([
    'fullname,params_b,mmlu,gsm8k,url',
    'meta-llama/Meta-Llama-3-8B,8.03,66.49,45.34,https://huggingface.co/meta-llama/Meta-Llama-3-8B',
    'EleutherAI/pythia-70m,0.07,25.9,0.15,',
    'someone/merged-model,0,63.1,0,',
  ].join('\n'));

  it('reads sizes in billions, scores in percent, and the owner as the organisation', () => {
    const r = file();
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.models.map((m) => [m.organization, m.parameters.value, m.mmlu.value, m.gsm8k.value])).toEqual([
      ['meta-llama', 8.03e9, 66.49, 45.34], ['EleutherAI', 0.07e9, 25.9, 0.15], ['someone', null, 63.1, null],
    ]);
  });

  it("a 0 size and a 0 score are missing, each with the remark that says which", () => {
    const r = file();
    expect(r.models[2]!.parameters).toMatchObject({ value: null, raw: '0', status: 'missing' });
    expect(r.problems.filter((p) => p.row === 3).map((p) => [p.raw, p.kind, p.message])).toEqual([
      ['0', 'size-not-given', 'a params_b of 0 read as "size not given"'],
      ['0', 'not-run', 'a score of 0 read as "not run"'],
    ]);
  });
});
