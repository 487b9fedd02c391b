import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import type { Measured } from '../../src/domain/measured';
import type { ModelRecord } from '../../src/domain/model';
import { columnBuffers, decodeModels, encodeModels, isModelColumns, type ModelColumns } from '../../src/domain/model-columns';
import { arbMeasured, arbModel } from './arbitraries';
import { builtInModels } from './datasets/shipped';
import { arbRecords } from './import/arb-records';

const builtIn = (id: string): ModelRecord[] => {
  const r = loadBuiltInDataset(id);
  if (!r.ok) throw new Error(`${id} failed to load`);
  return r.dataset.models;
};

const decoded = (cols: ModelColumns): ModelRecord[] => {
  const r = decodeModels(cols);
  if (!r.ok) throw new Error(r.reason);
  return r.data;
};

/** A measured value with the optional parts the plain arbitrary leaves out. */
const arbAnnotated: fc.Arbitrary<Measured> = fc
  .tuple(arbMeasured(0, 1e12), fc.option(fc.string(), { nil: undefined }), fc.option(fc.string(), { nil: undefined }),
    fc.option(fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true })), { nil: undefined }))
  .map(([m, note, source, range]) => ({ ...m, ...(note === undefined ? {} : { note }), ...(source === undefined ? {} : { source }), ...(range ? { range } : {}) }));

const arbFullModel: fc.Arbitrary<ModelRecord> = fc
  .tuple(arbModel, fc.string(), arbAnnotated, arbAnnotated, fc.array(fc.string(), { maxLength: 3 }),
    fc.array(fc.record({ title: fc.string(), url: fc.option(fc.webUrl(), { nil: undefined }) }, { requiredKeys: ['title'] }), { maxLength: 2 }),
    fc.option(fc.string(), { nil: undefined }), fc.string())
  .map(([m, id, parameters, flop, notes, sources, importedFrom, computeText]) => ({
    ...m, id, parameters, trainingCompute: { text: computeText, flop }, notes, sources,
    ...(importedFrom === undefined ? {} : { importedFrom }),
  }));

describe('model columns', () => {
  it.each(['great-gpu-race', 'extended'])('round-trips the built-in %s models exactly (notes, sources, intervals)', (id) => {
    const models = builtIn(id);
    expect(decoded(encodeModels(models))).toEqual(models);
  });

  it('round-trips any models, including optional parts present or absent', () => {
    fc.assert(fc.property(fc.array(arbFullModel, { maxLength: 20 }), (models) => {
      const back = decoded(encodeModels(models));
      expect(back).toEqual(models);
      // Each record and value has exactly its original's fields: none added, not even as undefined. (Not
      // toStrictEqual on the whole: content-equal source lists are shared, and {url: undefined} equals {}.)
      const keys = (o: object) => Object.keys(o).sort();
      back.forEach((m, i) => {
        const o = models[i]!;
        expect(keys(m)).toEqual(keys(o));
        for (const f of ['parameters', 'mmlu', 'gsm8k', 'costTier'] as const) expect(keys(m[f])).toEqual(keys(o[f]));
        expect(keys(m.trainingCompute.flop)).toEqual(keys(o.trainingCompute.flop));
      });
    }));
  });

  it.each(['open-llm-leaderboard', 'epoch-language', 'leaderboard-and-article'])('round-trips the %s models with their dates, prices, benchmarks, attributes and highlight', (id) => {
    const models = builtInModels(id).models;
    expect(decoded(structuredClone(encodeModels(models)))).toStrictEqual(models);
  });

  it('round-trips the added parts of any models exactly, present or absent', () => {
    fc.assert(fc.property(arbRecords, (models) => {
      expect(decoded(encodeModels(models))).toStrictEqual(models);
    }), { numRuns: 200 });
  });

  it('reads a packing made before the added parts existed as models without them', () => {
    const models = builtIn('extended').map(({ extra: _e, ...m }) => m);
    const { extra: _x, attributes: _a, highlight: _h, ...old } = encodeModels(models);
    expect(decoded(old as ModelColumns)).toStrictEqual(models);
  });

  it('keeps null values null and estimates marked, never 0', () => {
    const [gpt4] = builtIn('great-gpu-race');
    const model: ModelRecord = { ...gpt4!, mmlu: { value: null, raw: 'Undisclosed', status: 'undisclosed' } };
    const back = decoded(encodeModels([model]))[0]!;
    expect(back.mmlu).toEqual({ value: null, raw: 'Undisclosed', status: 'undisclosed' });
    expect(back.parameters.status).toBe(gpt4!.parameters.status);
    expect(back.parameters.raw).toBe(gpt4!.parameters.raw);
  });

  it('stores each distinct string once and shares equal source lists', () => {
    const sources = [{ title: 'sweep.csv' }];
    const models = builtIn('extended').map((m) => ({ ...m, sources: [...sources], importedFrom: 'sweep.csv' }));
    const cols = encodeModels(models);
    expect(cols.texts.filter((t) => t === 'sweep.csv')).toHaveLength(1);
    expect(cols.sourceLists).toHaveLength(1);
    const back = decoded(cols);
    expect(back[0]!.sources).toBe(back[1]!.sources);
  });

  it('appends to a list it is given, and survives a structured clone', () => {
    const models = builtIn('extended');
    const into = builtIn('great-gpu-race');
    const r = decodeModels(structuredClone(encodeModels(models)), into);
    expect(r.ok && r.data).toBe(into);
    expect(into.slice(6)).toEqual(models);
    expect(isModelColumns(structuredClone(encodeModels(models)))).toBe(true);
    expect(columnBuffers(encodeModels(models)).every((b) => b instanceof ArrayBuffer)).toBe(true);
  });

  it.each<[string, (c: ModelColumns) => unknown, RegExp]>([
    ['an unknown format', (c) => ({ ...c, format: 'model-columns-0' }), /unknown format/],
    ['a short column', (c) => ({ ...c, name: c.name.subarray(1) }), /column is missing or short/],
    ['a missing measured column', (c) => ({ ...c, measured: { ...c.measured, mmlu: undefined } }), /column is missing or short/],
    ['notes that do not line up', (c) => ({ ...c, notes: new Uint32Array(0), notesStart: c.notesStart.map((_, i) => i) }), /notes do not line up/],
    ['a string index past the table', (c) => ({ ...c, texts: c.texts.slice(0, 3) }), /damaged \(text \d+ is not in the table\)/],
    ['an unknown status', (c) => ({ ...c, measured: { ...c.measured, gsm8k: { ...c.measured.gsm8k, status: c.measured.gsm8k.status.map(() => 9) } } }), /status 9 is unknown/],
    ['a short added column', (c) => ({ ...c, extra: { ...c.extra, releaseDate: { ...c.extra!.releaseDate!, present: new Uint8Array(1) } } }), /added column is missing or short/],
  ])('reports %s instead of half-reading', (_, damage, message) => {
    const into: ModelRecord[] = [];
    const r = decodeModels(damage(encodeModels(builtIn('extended'))) as ModelColumns, into);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(message);
    expect(into).toEqual([]);
  });
});
