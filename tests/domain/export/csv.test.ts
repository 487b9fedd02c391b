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

  it('adds the derived metrics and a chart\'s Pareto flag as derived_* columns, after the published ones', () => {
    const r = loadBuiltInDataset('great-gpu-race');
    if (!r.ok) throw new Error('dataset');
    const onFrontier = new Set(['gpt-4', 'deepseek', 'gemma']);
    const csv = modelsToCsv(r.dataset.models, { pareto: { chart: 'mmlu-vs-parameters', flag: (id) => (id === 'qwen' ? undefined : onFrontier.has(id)) } });
    const { data, meta } = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const derived = meta.fields!.filter((f) => f.startsWith('derived_'));
    expect(derived).toEqual([
      'derived_mmluPerB_value', 'derived_mmluPerB_status', 'derived_gsm8kPerB_value', 'derived_gsm8kPerB_status',
      'derived_avgScore_value', 'derived_avgScore_status', 'derived_pareto_optimal_mmlu_vs_parameters',
    ]);
    expect(meta.fields!.indexOf('derived_mmluPerB_value')).toBeGreaterThan(meta.fields!.indexOf('imported_from'));
    const row = (name: string) => data.find((d) => d.name === name)!;
    // 78.5% over 67B parameters; GPT-4's size is an estimate, so its metric is one too.
    expect(Number(row('DeepSeek').derived_mmluPerB_value)).toBeCloseTo(78.5 / 67, 10);
    expect(row('GPT-4')).toMatchObject({ derived_mmluPerB_status: 'estimated', derived_avgScore_value: '89.2', derived_pareto_optimal_mmlu_vs_parameters: 'yes' });
    expect(row('Claude 3 Opus')).toMatchObject({ derived_mmluPerB_value: '', derived_mmluPerB_status: 'missing', derived_pareto_optimal_mmlu_vs_parameters: 'no' });
    expect(row('Qwen').derived_pareto_optimal_mmlu_vs_parameters).toBe('');
  });
});
