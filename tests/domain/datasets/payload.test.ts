import { describe, expect, it } from 'vitest';
import { datasetFromFile } from '../../../src/domain/datasets/from-file';
import { parsePayload } from '../../../src/domain/datasets/read-payload';
import { shippedJson } from './shipped';

const good = () => structuredClone(shippedJson('epoch-notable-language')) as Record<string, unknown> & { columns: Record<string, unknown[]> };

describe('a data file is used whole or refused with the place it is wrong', () => {
  it.each([
    ['not our file', () => ({ hello: 1 }), 'the file is not a Model MPG built-in data file'],
    ['a later version', () => ({ ...good(), version: 2 }), 'the file is version 2; this app reads version 1'],
    ['another dataset', () => ({ ...good(), id: 'open-llm-leaderboard-v1' }), "the file holds 'open-llm-leaderboard-v1', not 'epoch-notable-language'"],
    ['a column missing', () => { const g = good(); delete g.columns.Confidence; return g; }, "column 'Confidence' is missing"],
    ['a short column', () => { const g = good(); g.columns.Model!.pop(); return g; }, "column 'Model' has 391 values where the file has 392 rows"],
    ['a number where text belongs', () => { const g = good(); g.columns.Parameters![4] = 7; return g; }, "column 'Parameters', row 5: expected text, found 7"],
  ])('%s', (_what, make, reason) => {
    expect(parsePayload(make(), 'epoch-notable-language')).toEqual({ ok: false, reason });
    expect(datasetFromFile('epoch-notable-language', make())).toEqual({ ok: false, reason });
  });

  it('a cell that does not read refuses the file, with its row and column', () => {
    const g = good();
    g.columns['Training compute (FLOP)']![2] = 'enormous';
    const r = datasetFromFile('epoch-notable-language', g);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^the file has rows that do not read: row 3, Training compute \(FLOP\): 'enormous' is not a FLOP count/);
  });
});
