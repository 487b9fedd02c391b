import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { modelsToJson, parseExportFile } from '../../../src/domain/export/json';
import { arbRecords } from '../import/arb-records';

const dataset = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('dataset');
  return r.dataset;
})();

describe('JSON export', () => {
  it('carries type, version, exportedAt, dataset and models', () => {
    const file = JSON.parse(modelsToJson(dataset, dataset.models, new Date('2026-01-02T03:04:05Z')));
    expect(file).toMatchObject({ type: 'model-mpg/models', version: 1, exportedAt: '2026-01-02T03:04:05.000Z', dataset: { id: 'extended' } });
    expect(file.models).toHaveLength(27);
  });

  it('round-trips the built-in data without loss', () => {
    const r = parseExportFile(JSON.parse(modelsToJson(dataset, dataset.models)));
    expect(r.ok && r.file.models).toEqual(dataset.models);
  });

  it('round-trips arbitrary models without loss: every status, texts with commas, quotes and line breaks, notes, intervals, tiers', () => {
    fc.assert(fc.property(arbRecords, (models) => {
      const r = parseExportFile(JSON.parse(modelsToJson(dataset, models)));
      if (!r.ok) throw new Error(r.reason);
      expect(r.file.models).toStrictEqual(models);
    }), { numRuns: 200 });
  });

  it.each([
    [{ type: 'model-mpg/models', version: 7, models: [] }, 'version 7'],
    [{ type: 'model-mpg/models', version: 1, exportedAt: 'x', dataset: { id: 'a', label: 'b', sources: [] }, models: [{ id: 'x' }] }, 'model 1, name'],
  ])('rejects a bad file with the place it is wrong', (file, where) => {
    const r = parseExportFile(file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(where);
  });

  it('rejects a missing value smuggled in as 0', () => {
    const m = JSON.parse(JSON.stringify(dataset.models[1]));
    m.parameters = { value: 0, raw: 'Undisclosed', status: 'undisclosed' };
    const file = JSON.parse(modelsToJson(dataset, [m]));
    const r = parseExportFile(file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('model 1 “Claude 3 Opus”, Parameters: a missing or undisclosed value must be null');
  });
});
