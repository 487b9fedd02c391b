import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { isOwnExport, modelsToJson, parseExportFile } from '../../../src/domain/export/json';
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

const model = (id: string, name: string, mmlu: unknown = { value: 86.4, raw: '86.4%', status: 'reported' }) => ({
  id, name, organization: 'Org',
  parameters: { value: null, raw: 'Undisclosed', status: 'undisclosed' },
  trainingCompute: { text: '', flop: { value: null, raw: '', status: 'missing' } },
  mmlu, gsm8k: { value: 92, raw: '92.0%', status: 'reported' }, costTier: { value: 4, raw: 'High', status: 'reported' },
  notes: [], sources: [],
});
const fileOf = (models: unknown, over: Record<string, unknown> = {}) => ({
  type: 'model-mpg/models', version: 1, exportedAt: '2026-01-02T03:04:05.000Z', dataset: { id: 'd', label: 'D', sources: [] }, models, ...over,
});
const reason = (value: unknown) => {
  const r = parseExportFile(value);
  if (r.ok) throw new Error('accepted a bad file');
  return r.reason;
};

describe('JSON export, exactly', () => {
  it('writes the file as this text: indented by two, undisclosed and missing values null beside their raw text', () => {
    const ds = { id: 'd', label: 'D', description: 'Six models', sources: [{ title: 'The article' }], notes: ['as published'] };
    const m = { ...model('gpt-4', 'GPT-4'), parameters: { value: 1.7e12, raw: '~1.7T (est.)', status: 'estimated' as const } };
    expect(modelsToJson(ds, [m as never], new Date('2026-01-02T03:04:05Z'))).toBe(`{
  "type": "model-mpg/models",
  "version": 1,
  "exportedAt": "2026-01-02T03:04:05.000Z",
  "dataset": {
    "id": "d",
    "label": "D",
    "description": "Six models",
    "sources": [
      {
        "title": "The article"
      }
    ],
    "notes": [
      "as published"
    ]
  },
  "models": [
    {
      "id": "gpt-4",
      "name": "GPT-4",
      "organization": "Org",
      "parameters": {
        "value": 1700000000000,
        "raw": "~1.7T (est.)",
        "status": "estimated"
      },
      "trainingCompute": {
        "text": "",
        "flop": {
          "value": null,
          "raw": "",
          "status": "missing"
        }
      },
      "mmlu": {
        "value": 86.4,
        "raw": "86.4%",
        "status": "reported"
      },
      "gsm8k": {
        "value": 92,
        "raw": "92.0%",
        "status": "reported"
      },
      "costTier": {
        "value": 4,
        "raw": "High",
        "status": "reported"
      },
      "notes": [],
      "sources": []
    }
  ]
}`);
  });

  it('leaves out the dataset notes when there are none', () => {
    for (const notes of [undefined, []]) {
      const file = JSON.parse(modelsToJson({ id: 'd', label: 'D', description: 'x', sources: [], notes }, []));
      expect(Object.keys(file.dataset)).toEqual(['id', 'label', 'description', 'sources']);
    }
  });
});

describe('JSON re-import: what it refuses, and where it says the fault is', () => {
  it('accepts the fixture file these cases break', () => {
    expect(parseExportFile(fileOf([model('a', 'A')])).ok).toBe(true);
  });

  it('knows its own export only by its type, and does not throw on anything else', () => {
    for (const v of [undefined, null, 'model-mpg/models', 5, {}, { type: 'other' }]) expect(isOwnExport(v)).toBe(false);
    expect(isOwnExport({ type: 'model-mpg/models', version: 2 })).toBe(true);
  });

  it.each([
    [undefined, /^file: /], [null, /^file: /],
    [fileOf([], { dataset: { id: 'd', label: 5, sources: [] } }), /^dataset\.label: /],
    [fileOf('x'), /^models: /],
    [fileOf([null]), /^model 1: /],
  ])('names the place outside a model: %j', (value, where) => {
    expect(reason(value)).toMatch(where);
  });

  it('refuses a model whose name is blank, and names it by number only', () => {
    expect(reason(fileOf([model('a', '   ')]))).toBe('model 1, name: the model has no name');
  });

  it('names a model by its name, cut to 59 characters and an ellipsis past 60', () => {
    const bad = { value: 140, raw: '140', status: 'reported' };
    const sixty = 'M'.repeat(60);
    expect(reason(fileOf([model('a', sixty, bad)]))).toBe(`model 1 “${sixty}”, MMLU value: a score must be at most 100`);
    expect(reason(fileOf([model('a', `${sixty}X`, bad)]))).toBe(`model 1 “${'M'.repeat(59)}…”, MMLU value: a score must be at most 100`);
  });

  it('shows a list index in brackets', () => {
    expect(reason(fileOf([{ ...model('a', 'A'), notes: ['fine', 5] }]))).toMatch(/^model 1 “A”, notes \[1\]: /);
  });

  it.each([
    [{ value: 60, raw: '60–70', status: 'estimated', range: [70, 60] }, 'model 1 “A”, MMLU range: the range must run from low to high'],
    [{ value: null, raw: '86.4%', status: 'reported' }, 'model 1 “A”, MMLU: a reported or estimated value needs a number'],
    [{ value: null, raw: '~86', status: 'estimated' }, 'model 1 “A”, MMLU: a reported or estimated value needs a number'],
    [{ value: 0, raw: '', status: 'missing' }, 'model 1 “A”, MMLU: a missing or undisclosed value must be null'],
    [{ value: 0, raw: 'Undisclosed', status: 'undisclosed' }, 'model 1 “A”, MMLU: a missing or undisclosed value must be null'],
  ])('refuses the value %j', (mmlu, expected) => {
    expect(reason(fileOf([model('a', 'A', mmlu)]))).toBe(expected);
  });

  it('accepts an interval of one point, and a missing or undisclosed value as null', () => {
    for (const mmlu of [{ value: 60, raw: '60', status: 'estimated', range: [60, 60] }, { value: null, raw: '', status: 'missing' }, { value: null, raw: 'Undisclosed', status: 'undisclosed' }]) {
      expect(parseExportFile(fileOf([model('a', 'A', mmlu)])).ok).toBe(true);
    }
  });

  it('refuses an id used twice, naming the first model that has it', () => {
    expect(reason(fileOf([model('a', 'A'), model('b', 'B'), model('a', 'A again')]))).toBe("model 3 “A again”, id: the id 'a' is already used by model 1");
    expect(reason(fileOf([model('x', 'X'), model('a', 'A'), model('a', 'A again')]))).toBe("model 3 “A again”, id: the id 'a' is already used by model 2");
  });

  it('lists the first five faults and counts the rest', () => {
    const bad = (n: number) => fileOf(Array.from({ length: n }, (_, i) => model(`m${i}`, `M${i}`, { value: 101, raw: '101', status: 'reported' })));
    const line = (i: number) => `model ${i + 1} “M${i}”, MMLU value: a score must be at most 100`;
    const five = [0, 1, 2, 3, 4].map(line).join('; ');
    expect(reason(bad(4))).toBe([0, 1, 2, 3].map(line).join('; '));
    expect(reason(bad(5))).toBe(five);
    expect(reason(bad(6))).toBe(`${five}; and 1 more`);
    expect(reason(bad(8))).toBe(`${five}; and 3 more`);
  });
});
