import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { csvCell, modelsToCsv, neutraliseFormula } from '../../../src/domain/export/csv';

describe('CSV export', () => {
  it.each([
    ['=1+1', "'=1+1"], ['+SUM(A1)', "'+SUM(A1)"], ['-2', "'-2"], ['@cmd', "'@cmd"], ['\tx', "'\tx"], ['\rx', "'\rx"],
    ['GPT-4', 'GPT-4'], ['~1.7T (est.)', '~1.7T (est.)'],
  ])('neutralises %j as %j', (input, out) => {
    expect(neutraliseFormula(input)).toBe(out);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(2.1e25)).toBe('2.1e+25');
  });

  it('writes every model with raw, parsed value and status, readable by a CSV parser', () => {
    const r = loadBuiltInDataset('extended');
    if (!r.ok) throw new Error('dataset');
    const csv = modelsToCsv(r.dataset.models);
    const { data, errors } = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(data).toHaveLength(27);
    const mixtral = data.find((d) => d.name === 'Mixtral 8x7B')!;
    expect(mixtral).toMatchObject({ parameters_raw: '70'.replace('70', '46.7'), parameters_value: '46700000000', parameters_status: 'reported' });
    expect(data.find((d) => d.name === 'GPT-3.5')).toMatchObject({ parameters_value: '', parameters_status: 'undisclosed' });
  });

  it('neutralises a hostile name inside the file', () => {
    const r = loadBuiltInDataset('great-gpu-race');
    if (!r.ok) throw new Error('dataset');
    const evil = { ...r.dataset.models[0]!, name: '=HYPERLINK("http://x","click")' };
    const { data } = Papa.parse<Record<string, string>>(modelsToCsv([evil]).replace(/^\uFEFF/, ''), { header: true });
    expect(data[0]?.name).toBe('\'=HYPERLINK("http://x","click")');
  });
});
