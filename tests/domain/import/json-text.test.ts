import { describe, expect, it } from 'vitest';
import { jsonToTable } from '../../../src/domain/import/json-text';

const EXPECTED = 'expected a list of models ([{"name": …}, …]) or an object of models keyed by name';

describe('JSON as a table', () => {
  it('reads a list of objects, every field a column, a missing or null field an empty cell', () => {
    expect(jsonToTable([{ name: 'A', mmlu: 70, open: false }, { name: 'B', params: null, tags: ['x'], extra: { k: 1 } }])).toEqual({
      ok: true,
      table: {
        headers: ['name', 'mmlu', 'open', 'params', 'tags', 'extra'],
        rows: [['A', '70', 'false', '', '', ''], ['B', '', '', '', '["x"]', '{"k":1}']],
      },
    });
  });

  it('reads an object of models keyed by name, the key as the name', () => {
    expect(jsonToTable({ 'GPT-4': { mmlu: '86.4%' }, Gemma: { mmlu: 64.3, size: '7B' } })).toEqual({
      ok: true, table: { headers: ['name', 'mmlu', 'size'], rows: [['GPT-4', '86.4%', ''], ['Gemma', '64.3', '7B']] },
    });
  });

  it('refuses an empty list or an empty object', () => {
    expect(jsonToTable([])).toEqual({ ok: false, reason: 'The JSON is an empty list: there are no models in it.' });
    expect(jsonToTable({})).toEqual({ ok: false, reason: 'The JSON is an empty object: there are no models in it.' });
  });
});

describe('JSON that is not a table is refused, saying what it is and where', () => {
  it.each([
    [[{ name: 'A' }, []], 'JSON item 2 is an empty list, not an object with named fields.'],
    [[{ name: 'A' }, { name: 'B' }, [1, 2]], 'JSON item 3 is a list, not an object with named fields.'],
    [[null], 'JSON item 1 is null, not an object with named fields.'],
    [[{ name: 'A' }, 'B'], 'JSON item 2 is a single string ("B"), not an object with named fields.'],
  ])('list %j', (value, reason) => {
    expect(jsonToTable(value)).toEqual({ ok: false, reason });
  });

  it.each([
    [{ 'GPT-4': { mmlu: 86.4 }, Gemma: 64.3 }, `JSON key "Gemma" holds a single number (64.3); ${EXPECTED}.`],
    [{ 'GPT-4': [] }, `JSON key "GPT-4" holds an empty list; ${EXPECTED}.`],
    [{ 'GPT-4': ['86.4'] }, `JSON key "GPT-4" holds a list; ${EXPECTED}.`],
    [{ 'GPT-4': null }, `JSON key "GPT-4" holds null; ${EXPECTED}.`],
  ])('object %j', (value, reason) => {
    expect(jsonToTable(value)).toEqual({ ok: false, reason });
  });

  it.each([
    [42, `The JSON is a single number (42); ${EXPECTED}.`],
    [true, `The JSON is a single boolean (true); ${EXPECTED}.`],
    [null, `The JSON is null; ${EXPECTED}.`],
    ['x'.repeat(40), `The JSON is a single string ("${'x'.repeat(40)}"); ${EXPECTED}.`],
    ['y'.repeat(41), `The JSON is a single string ("${'y'.repeat(40)}…"); ${EXPECTED}.`],
  ])('a bare %j', (value, reason) => {
    expect(jsonToTable(value)).toEqual({ ok: false, reason });
  });
});
