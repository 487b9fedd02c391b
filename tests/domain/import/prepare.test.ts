// The two steps after splitting: a known format's columns and units preset (decided, not asked), and rows read only
// once no column is left with two readings.
import { describe, expect, it } from 'vitest';
import { checkRows, prepareTable } from '../../../src/domain/import/prepare';
import { table } from './helpers';

// Two rows in the style of the Open LLM Leaderboard v1 dump (Hugging Face, 2024-07): a GSM8K of 0.15 looks like a
// fraction, but the leaderboard writes percent.
const LEADERBOARD = 'fullname,params_b,mmlu,gsm8k\nEleutherAI/pythia-70m,0.07,25.9,0.15\nmeta-llama/Meta-Llama-3-8B,8.03,66.5,45.3';

describe('prepareTable', () => {
  it("a known format's fixed decimal mark and scale are its guesses, and the rest of each profile is kept", () => {
    const t = table(LEADERBOARD);
    const p = prepareTable(t);
    expect(p.known?.id).toBe('open-llm-leaderboard-v1');
    expect(p.mapping).toEqual(['name', 'parameters', 'mmlu', 'gsm8k']);
    const gsm8k = p.profiles[3]!;
    expect(gsm8k.scale).toMatchObject({ guess: 'percent', fraction: { count: 1 }, percent: { count: 1 } });
    expect(gsm8k.decimal).toMatchObject({ guess: '.', relevant: true, point: { row: 1, text: '0.15' } });
    expect(p.readings[3]).toMatchObject({ decimal: '.', scale: 'percent' });
    const checked = checkRows(t, p, { mapping: p.mapping, readings: p.readings, fileName: 'lb.csv' });
    expect(checked.ok && checked.rows.candidates.map((c) => c.model.gsm8k.value)).toEqual([0.15, 45.3]);
  });

  it('a column the format does not fix keeps the profile the values give', () => {
    const t = table('fullname,params_b,mmlu,gsm8k,note\nA/x,7,60,50,"0,5"\nB/y,8,61,51,"1,5"');
    const p = prepareTable(t);
    expect(p.profiles[4]).toEqual(prepareTable(table('Model,note\nx,"0,5"\ny,"1,5"')).profiles[1]);
  });

  it('an unknown file is mapped by its headers, with nothing preset', () => {
    const p = prepareTable(table('Model,MMLU\nA,0.5\nB,80'));
    expect(p.known).toBeNull();
    expect(p.profiles[1]!.scale.guess).toBeNull();
  });
});

describe('checkRows', () => {
  it('refuses to read while a column can be read two ways, and reads once it is answered', () => {
    const t = table('Model,MMLU\nA,0.5\nB,80');
    const p = prepareTable(t);
    expect(checkRows(t, p, { mapping: p.mapping, readings: p.readings, fileName: 'f.csv' })).toEqual({
      ok: false, reason: 'Some columns can be read two ways; choose how in the mapping step first.',
    });
    const readings = p.readings.map((r, i) => (i === 1 ? { ...r, scale: 'percent' as const } : r));
    const r = checkRows(t, p, { mapping: p.mapping, readings, fileName: 'f.csv' });
    expect(r.ok && r.rows.candidates.map((c) => c.model.mmlu.value)).toEqual([0.5, 80]);
  });
});
