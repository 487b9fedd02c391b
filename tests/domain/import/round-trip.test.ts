import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_DATASETS, loadBuiltInDataset } from '../../../src/domain/datasets';
import { builtInModels } from '../datasets/shipped';
import { derivedHeader, modelsToCsv } from '../../../src/domain/export/csv';
import { modelsToJson } from '../../../src/domain/export/json';
import { parseTableText } from '../../../src/domain/import/table-text';
import type { ModelRecord } from '../../../src/domain/model';
import { arbRecords } from './arb-records';
import { importText } from './helpers';

/** As the app exports data: with the metrics it computes and a chart's Pareto flag. */
const DERIVED = { pareto: { chart: 'mmlu-vs-parameters', flag: (id: string) => id.length % 2 === 0 } };

/** The import of a CSV export; the derived columns it carries are each named as ignored, and nothing else is. */
function viaCsv(models: readonly ModelRecord[]) {
  const { prepared, result } = importText(modelsToCsv(models, DERIVED), { fileName: 'export.csv' });
  expect(prepared.known?.id).toBe('model-mpg-csv');
  const derived = result.problems.filter((p) => p.kind === 'ignored-column' && p.column.startsWith('derived_'));
  expect(derived.map((p) => p.column)).toEqual(derivedHeader(DERIVED));
  return { ...result, problems: result.problems.filter((p) => !derived.includes(p)) };
}

function viaJson(models: readonly ModelRecord[]) {
  const r = parseTableText(modelsToJson({ id: 'x', label: 'X', description: '', sources: [] }, models));
  if (!r.ok || r.kind !== 'export') throw new Error(r.ok ? 'not read as an export' : r.reason);
  return r.file.models;
}

describe.each(BUILT_IN_DATASETS.map((d) => d.id))('the built-in dataset %s', (id) => {
  // The data-file datasets as shipped: thousands of models with dates, more benchmarks and attributes.
  const models = builtInModels(id).models;

  it('comes back whole from its CSV export: statuses, raw texts, notes, sources, intervals, tiers', () => {
    const result = viaCsv(models);
    expect(result.problems).toEqual([]);
    expect(result.models).toStrictEqual(models);
  });

  it('comes back whole from its JSON export', () => {
    expect(viaJson(models)).toStrictEqual(models);
  });
});

describe('arbitrary models', () => {
  it('come back whole from a CSV export', () => {
    fc.assert(fc.property(arbRecords, (models) => {
      const result = viaCsv(models);
      expect(result.problems).toEqual([]);
      expect(result.models).toStrictEqual(models);
    }), { numRuns: 300 });
  });

  it('come back whole from a JSON export', () => {
    fc.assert(fc.property(arbRecords, (models) => {
      expect(viaJson(models)).toStrictEqual(models);
    }), { numRuns: 300 });
  });
});

describe('a CSV written with semicolons and decimal commas', () => {
  /** Writes models as a European spreadsheet would: ";" between cells, "," as decimal mark. */
  const european = (models: readonly ModelRecord[]) => {
    const comma = (v: number | null, unit = '') => (v === null ? '' : `${String(v).replace('.', ',')}${unit}`);
    const lines = ['Model;Parameters;MMLU;GSM8K;Training compute (FLOP)'];
    for (const m of models) {
      lines.push([m.name, comma(m.parameters.value === null ? null : m.parameters.value / 1e9, 'B'), comma(m.mmlu.value), comma(m.gsm8k.value),
        comma(m.trainingCompute.flop.value)].join(';'));
    }
    return lines.join('\r\n');
  };

  it('reads every value the spreadsheet wrote, with the decimal comma detected per column', () => {
    const load = loadBuiltInDataset('extended');
    if (!load.ok) throw new Error('dataset');
    const models = load.dataset.models;
    const { table, readings, result } = importText(european(models), { fileName: 'eu.csv' });
    expect(table.format).toBe('semicolon');
    expect(readings.slice(1).map((r) => r.decimal)).toEqual([',', ',', ',', ',']);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const values = (ms: readonly ModelRecord[]) => ms.map((m) => [m.name, m.parameters.value, m.mmlu.value, m.gsm8k.value, m.trainingCompute.flop.value]);
    expect(values(result.models)).toEqual(values(models));
  });
});
