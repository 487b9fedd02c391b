import { describe, expect, it } from 'vitest';
import { datasetFromFile } from '../../../src/domain/datasets/from-file';
import { PAYLOAD_COLUMNS } from '../../../src/domain/datasets/payload';
import { parsePayload } from '../../../src/domain/datasets/read-payload';
import { shippedJson } from './shipped';

const good = () => structuredClone(shippedJson('epoch-notable-language')) as Record<string, unknown> & { columns: Record<string, unknown[]> };

type Case = readonly [what: string, make: () => unknown, reason: string];

describe('a data file is used whole or refused with the place it is wrong', () => {
  it.each<Case>([
    ['not our file', () => ({ hello: 1 }), 'the file is not a Model MPG built-in data file'],
    ['a later version', () => ({ ...good(), version: 2 }), 'the file is version 2; this app reads version 1'],
    ['another dataset', () => ({ ...good(), id: 'open-llm-leaderboard-v1' }), "the file holds 'open-llm-leaderboard-v1', not 'epoch-notable-language'"],
    ['a column missing', () => { const g = good(); delete g.columns.Confidence; return g; }, "column 'Confidence' is missing"],
    ['a short column', () => { const g = good(); g.columns.Model!.pop(); return g; }, "column 'Model' has 391 values where the file has 392 rows"],
    ['a number where text belongs', () => { const g = good(); g.columns.Parameters![4] = 7; return g; }, "column 'Parameters', row 5: expected text, found 7"],
    ['null in the first row', () => { const g = good(); g.columns.Model![0] = null; return g; }, "column 'Model', row 1: expected text, found null"],
    ['a list, not a file', () => [good()], 'the file is not a Model MPG built-in data file'],
    ['null', () => null, 'the file is not a Model MPG built-in data file'],
    ...([['no row count', undefined], ['a row count of 0', 0], ['a row count in text', '392'], ['a fractional row count', 391.5]] as const)
      .map(([what, rows]): Case => [what, () => ({ ...good(), rows }), 'the file gives no row count']),
    ['no source', () => ({ ...good(), source: undefined }), 'the file does not say which source it came from'],
    ['a source that is a list', () => ({ ...good(), source: ['epoch.csv', 3000, 'all'] }), 'the file does not say which source it came from'],
    ...(['file', 'rows', 'selected'] as const).map((key): Case => [
      `a source without its ${key}`, () => { const g = good(); delete (g.source as Record<string, unknown>)[key]; return g; },
      'the file does not say which source it came from',
    ]),
    ['no columns', () => ({ ...good(), columns: undefined }), 'the file has no columns'],
    ['columns as a list', () => ({ ...good(), columns: [] }), 'the file has no columns'],
  ])('%s', (_what, make, reason) => {
    expect(parsePayload(make(), 'epoch-notable-language')).toEqual({ ok: false, reason });
    expect(datasetFromFile('epoch-notable-language', make())).toEqual({ ok: false, reason });
  });

  it('a file of one row, with every column and its source, is used as it is', () => {
    const columns = Object.fromEntries(PAYLOAD_COLUMNS['epoch-notable-language'].map((name) => [name, [`${name} text`]]));
    const file = { type: 'model-mpg/built-in-data', version: 1, id: 'epoch-notable-language', rows: 1, source: { file: 'e.csv', rows: 9, selected: 'one' }, columns };
    expect(parsePayload(file, 'epoch-notable-language')).toEqual({ ok: true, data: file });
  });

  it('a cell that does not read refuses the file, with its row and column', () => {
    const g = good();
    g.columns['Training compute (FLOP)']![2] = 'enormous';
    const r = datasetFromFile('epoch-notable-language', g);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^the file has rows that do not read: row 3, Training compute \(FLOP\): 'enormous' is not a FLOP count/);
  });
});
