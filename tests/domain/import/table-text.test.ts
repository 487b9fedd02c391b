import { describe, expect, it } from 'vitest';
import { parseTableText } from '../../../src/domain/import/table-text';

describe('text to a table', () => {
  it('reads JSON with space and line breaks around it as JSON', () => {
    expect(parseTableText('\n  [{"name": "A", "mmlu": 70}]  \n')).toEqual({
      ok: true, kind: 'table', table: { headers: ['name', 'mmlu'], rows: [['A', '70']], format: 'json' },
    });
  });

  it('drops a leading byte-order mark and keeps one inside a cell', () => {
    expect(parseTableText('\uFEFFModel,Note\nA,x\uFEFFy')).toMatchObject({ ok: true, table: { headers: ['Model', 'Note'], rows: [['A', 'x\uFEFFy']], format: 'csv' } });
    expect(parseTableText('Model,Note\nA,x\uFEFFy')).toMatchObject({ ok: true, table: { headers: ['Model', 'Note'], rows: [['A', 'x\uFEFFy']] } });
  });

  it.each([['\t', 'tsv'], [';', 'semicolon'], ['|', 'pipe']])('names the format of %j-separated text', (d, format) => {
    expect(parseTableText(`Model${d}MMLU\nA${d}70`)).toMatchObject({ ok: true, table: { rows: [['A', '70']], format } });
  });

  it('accepts JSON with 500 fields and refuses 501, saying how many', () => {
    const record = (n: number) => JSON.stringify([Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, i]))]);
    expect(parseTableText(record(500))).toMatchObject({ ok: true, table: { format: 'json' } });
    expect(parseTableText(record(501))).toEqual({ ok: false, reason: 'The data has 501 fields; at most 500 are accepted.' });
  });

  it('refuses empty text', () => {
    expect(parseTableText('\uFEFF \n ')).toEqual({ ok: false, reason: 'There is no data: the text is empty.' });
  });
});
