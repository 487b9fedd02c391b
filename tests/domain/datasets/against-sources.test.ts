// Every built-in value against the file it was copied from: a value that drifts from its source fails here, in a
// message naming the model and the field. The expected values are read from tests/fixtures, never from src.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { EPOCH_CREDIT } from '../../../src/domain/datasets/sources';
import { disputeOf } from '../../../src/domain/disputed';
import type { Measured } from '../../../src/domain/measured';
import type { ModelRecord } from '../../../src/domain/model';
import {
  articleTable, csvRows, decimalsIn, epochRows, extendedCsv, factCheckText, markdownTable, significantDigits,
} from './source-files';

function models(id: string): ModelRecord[] {
  const r = loadBuiltInDataset(id);
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.problems)}`);
  return r.dataset.models;
}
const extended = models('extended');
const byName = new Map(extended.map((m) => [m.name, m]));
const model = (name: string) => {
  const m = byName.get(name);
  if (!m) throw new Error(`no built-in model is called ${name}`);
  return m;
};

/** A score as the source prints it ("86.4%", "82.0", ""), as a number or null; read here, not by the app's parser. */
const scoreOf = (text: string) => (text.trim() === '' ? null : Number(text.replace(/%$/, '')));
/** The article's sizes ("~1.7T (est.)", "67B", "Undisclosed") as a count, read here. */
function articleSize(text: string): number | null {
  const m = /^~?(\d+(?:\.\d+)?)([BT])\b/.exec(text);
  return m ? Number(m[1]) * (m[2] === 'T' ? 1e12 : 1e9) : null;
}

describe.each([['great-gpu-race'], ['extended']])('the article\'s rows in %s, against the article\'s table as published', (id) => {
  const rows = articleTable();
  const built = models(id).slice(0, rows.length);

  it('has its six rows, in its order', () => {
    expect(rows).toHaveLength(6);
    expect(built.map((m) => m.name)).toEqual(rows.map((r) => r.Model));
  });

  it.each(rows.map((r, i) => [r.Model!, r, i] as const))('%s: every cell as printed, and the number it prints', (name, row, i) => {
    const m = built[i]!;
    expect.soft(m.name, `${name}: model name`).toBe(row.Model);
    expect.soft(m.parameters.raw, `${name} parameters`).toBe(row.Parameters);
    expect.soft(m.parameters.value, `${name} parameters value`).toBe(articleSize(row.Parameters!));
    expect.soft(m.trainingCompute.text, `${name} training compute`).toBe(row['Training Compute']);
    expect.soft(m.mmlu.raw, `${name} MMLU`).toBe(row.MMLU);
    expect.soft(m.mmlu.value, `${name} MMLU value`).toBe(scoreOf(row.MMLU!));
    expect.soft(m.gsm8k.raw, `${name} GSM8K`).toBe(row.GSM8K);
    expect.soft(m.gsm8k.value, `${name} GSM8K value`).toBe(scoreOf(row.GSM8K!));
    expect.soft(m.costTier.raw, `${name} inference cost`).toBe(row['Inference Cost']);
  });
});

describe('the 21 extended rows, against extended_models.csv', () => {
  const rows = extendedCsv();
  const built = extended.slice(6);

  it('has every row of the file, in its order', () => {
    expect(rows).toHaveLength(21);
    expect(built.map((m) => m.name)).toEqual(rows.map((r) => r.name));
  });

  it.each(rows.map((r) => [r.name!, r] as const))('%s: every field as the file gives it', (name, row) => {
    const m = model(name);
    const urls = row.source_url!.split(' ; ');
    expect.soft(m.organization, `${name} organization`).toBe(row.organization);
    // params_b is in billions; empty where the developer does not disclose it (the note says so).
    expect.soft(m.parameters.raw, `${name} params_b`).toBe(row.params_b);
    expect.soft(m.parameters.value, `${name} params_b value`).toBe(row.params_b ? Number(`${row.params_b}e9`) : null);
    expect.soft(m.parameters.status, `${name} params_b status`).toBe(row.params_b ? 'reported' : 'undisclosed');
    const note = row.params_note!.replace(/^undisclosed\s*/i, '').replace(/^\((.*)\)$/, '$1');
    expect.soft(m.parameters.note, `${name} params_note`).toBe(note || undefined);
    expect.soft(m.mmlu.raw, `${name} mmlu`).toBe(row.mmlu);
    expect.soft(m.mmlu.value, `${name} mmlu value`).toBe(scoreOf(row.mmlu!));
    expect.soft(m.gsm8k.raw, `${name} gsm8k`).toBe(row.gsm8k);
    expect.soft(m.gsm8k.value, `${name} gsm8k value`).toBe(scoreOf(row.gsm8k!));
    expect.soft(m.costTier.raw, `${name} cost_tier`).toBe(row.cost_tier);
    expect.soft(m.costTier.value, `${name} cost_tier value`).toBeNull();
    expect.soft(m.sources.map((s) => s.url).filter((u) => !u?.startsWith('https://epoch.ai/')), `${name} source_url`).toEqual(urls);
    for (const [field, cell] of [['mmlu', m.mmlu], ['gsm8k', m.gsm8k]] as const) {
      if (cell.value !== null) expect.soft(cell.source, `${name} ${field} cites`).toBe(urls[0]);
    }
  });
});

/** Each built-in model Epoch AI has, with Epoch's name for it; no other built-in value may cite Epoch. */
const EPOCH_NAMES: Record<string, string> = {
  'GPT-4': 'GPT-4', 'Claude 3 Opus': 'Claude 3 Opus', Qwen: 'Qwen-72B',
  'Llama 2 70B': 'Llama 2-70B', 'Llama 3 70B Instruct': 'Llama 3-70B', 'Llama 3.1 405B Instruct': 'Llama 3.1-405B',
  'Mixtral 8x7B': 'Mixtral 8x7B', 'Qwen2.5 72B': 'Qwen2.5-72B', 'Claude 3 Sonnet': 'Claude 3 Sonnet',
  'Gemini 1.5 Pro (May 2024)': 'Gemini 1.5 Pro', 'GPT-4o (2024-05-13)': 'GPT-4o', 'Falcon 180B': 'Falcon-180B',
  'Gemini 1.0 Ultra': 'Gemini 1.0 Ultra',
};
/** Epoch's date is the February model's, so the May update is given none (its note says so). */
const NO_EPOCH_DATE = new Set(['Gemini 1.5 Pro (May 2024)']);
const NOT_IN_EPOCH = ['DeepSeek LLM 67B', 'Gemma 7B', 'Mistral 7B'];

describe('training compute and release dates, against Epoch AI\'s rows', () => {
  const epoch = new Map(epochRows().map((r) => [r.Model!, r]));

  it('the fixture holds exactly the rows of the models mapped to Epoch', () => {
    expect([...epoch.keys()].sort()).toEqual(Object.values(EPOCH_NAMES).sort());
  });

  it.each(Object.entries(EPOCH_NAMES))('%s: Epoch\'s "%s" compute, confidence, interval and date', (name, epochName) => {
    const m = model(name);
    const row = epoch.get(epochName)!;
    const flop = m.trainingCompute.flop;
    const epochFlop = row['Training compute (FLOP)']!;
    if (!epochFlop) {
      expect.soft(flop.value, `${name} training compute: Epoch gives none`).toBeNull();
    } else {
      // To the digits the built-in gives, and at least three of Epoch's ("1.64e+25" for Epoch's 1.640001e+25).
      const digits = significantDigits(flop.raw);
      expect.soft(digits, `${name} training compute '${flop.raw}': digits kept of Epoch's ${epochFlop}`).toBeGreaterThanOrEqual(Math.min(3, significantDigits(epochFlop)));
      expect.soft(flop.value, `${name} training compute`).toBe(Number(Number(epochFlop).toPrecision(digits)));
      expect.soft(flop.status, `${name} training compute status (Epoch: ${row.Confidence})`).toBe(row.Confidence === 'Confident' ? 'reported' : 'estimated');
      expect.soft(flop.source, `${name} training compute source`).toBe(EPOCH_CREDIT);
      const ci = /90% CI: (\S+) to (\S+)/.exec(row['Training compute notes'] ?? '');
      expect.soft(flop.range, `${name} training compute interval`).toEqual(ci ? [Number(ci[1]), Number(ci[2])] : undefined);
    }
    const date = m.extra?.releaseDate;
    if (NO_EPOCH_DATE.has(name)) expect.soft(date, `${name} release date`).toBeUndefined();
    else {
      expect.soft(date?.raw, `${name} release date`).toBe(row['Publication date']);
      expect.soft(date?.source, `${name} release date source`).toBe(EPOCH_CREDIT);
    }
  });

  it('no other built-in value cites Epoch AI', () => {
    const others = extended.filter((m) => !(m.name in EPOCH_NAMES));
    const citing = others.filter((m) => m.trainingCompute.flop.source === EPOCH_CREDIT || m.extra?.releaseDate?.source === EPOCH_CREDIT);
    expect(citing.map((m) => m.name)).toEqual([]);
  });

  const FULL = join(process.cwd(), '../shared/datasets/epoch_notable_ai_models_2024-12.csv');
  it.runIf(existsSync(FULL))('the fixture\'s rows are the full export\'s, and the export has no DeepSeek LLM 67B, Gemma 7B or Mistral 7B', () => {
    const full = csvRows(readFileSync(FULL, 'utf8'));
    for (const [name, row] of epoch) {
      const source = full.find((r) => r.Model === name)!;
      for (const [column, cell] of Object.entries(row)) expect.soft(cell, `${name} ${column}`).toBe(source[column]);
    }
    const names = new Set(full.map((r) => r.Model!.toLowerCase()));
    for (const absent of NOT_IN_EPOCH) expect(names.has(absent.toLowerCase()), absent).toBe(false);
  });
});

describe('the fact-check notes, against the fact-check table', () => {
  const text = factCheckText();
  const rows = markdownTable(text);
  const article = new Map(models('great-gpu-race').map((m) => [m.name, m]));
  const FIELD_OF = { parameters: 'parameters', MMLU: 'mmlu', GSM8K: 'gsm8k' } as const;
  type Field = (typeof FIELD_OF)[keyof typeof FIELD_OF] | 'name';

  /** "Qwen MMLU" → the model whose name starts "Qwen", field mmlu; '"Mistral Small"' (the naming row) → its name and size. */
  function cellsOf(label: string): { model: ModelRecord; fields: Field[] } {
    const words = label.replace(/"/g, '').split(' ');
    const fields: Field[] = [];
    const isField = (w: string | undefined) => w !== undefined && (w in FIELD_OF || w === '/');
    while (isField(words.at(-1))) {
      const w = words.pop()!;
      if (w !== '/') fields.unshift(FIELD_OF[w as keyof typeof FIELD_OF]);
    }
    const modelName = words.join(' ');
    const m = [...article.values()].find((x) => x.name.startsWith(modelName));
    if (!m) throw new Error(`the fact check's "${label}" names no built-in model`);
    return { model: m, fields: fields.length ? fields : ['name', 'parameters'] };
  }
  const cell = (m: ModelRecord, f: Field): Measured | null => (f === 'name' ? null : m[f]);
  const noteOn = (m: ModelRecord, f: Field) => (f === 'name' ? m.notes.join(' · ') : m[f].note ?? '');

  it('covers each of the article\'s six models', () => {
    expect(rows).toHaveLength(15);
    expect(new Set(rows.map((r) => cellsOf(r['model / field']!).model.name)).size).toBe(6);
  });

  it.each(rows.map((r) => [r['model / field']!, r] as const))('%s: the article\'s value, the note\'s figures and its verdict', (label, row) => {
    const { model: m, fields } = cellsOf(label);
    const published = row.article!.split(' / ');
    const source = `${row['primary source']} ${row.note}`;
    const verdict = row.note!.split(/[;,]/)[0]!.trim();
    const disputes = /^(differs|not found)\b/.test(verdict);
    const valued = fields.filter((f) => f !== 'name');
    fields.forEach((f) => {
      const where = `${m.name} ${f}`;
      const c = cell(m, f);
      const printed = published[valued.indexOf(f as Exclude<Field, 'name'>)];
      if (c) expect.soft(c.raw.replace(/%$/, ''), `${where}: the article prints ${printed}`).toBe(printed);
      const note = noteOn(m, f);
      expect.soft(note, `${where}: a fact-check note`).not.toBe('');
      for (const n of decimalsIn(note)) {
        expect.soft(decimalsIn(source), `${where} note gives ${n}, which the fact check's source does not: "${row['primary source']}"`).toContain(n);
      }
      if (verdict !== 'match') {
        for (const n of decimalsIn(row['primary source']!)) expect.soft(decimalsIn(note), `${where} note omits the source's ${n}: "${note}"`).toContain(n);
      }
      const opening = { match: /^Matches\b/, 'near match': /^Near match\b/, differs: /^Differs\b/, 'not found': /^Not found\b/ }[verdict];
      if (opening) expect.soft(note, `${where}: the fact check says "${verdict}"`).toMatch(opening);
      if (c) expect.soft(disputeOf(c) !== null, `${where}: disputed only when the fact check says it differs or is not found`).toBe(disputes);
    });
  });

  it('gives each model the training compute the fact check lists, with GPT-4\'s interval', () => {
    const paragraph = text.slice(text.indexOf('Training compute estimates'), text.indexOf('Prices back'));
    const listed = [...paragraph.matchAll(/(GPT-4|Claude 3 Opus|DeepSeek LLM 67B|Qwen-72B|Gemma 7B|Mistral 7B) (\d(?:\.\d+)?e\d+|none)/g)];
    const builtIn = { 'GPT-4': 'GPT-4', 'Claude 3 Opus': 'Claude 3 Opus', 'DeepSeek LLM 67B': 'DeepSeek', 'Qwen-72B': 'Qwen', 'Gemma 7B': 'Gemma', 'Mistral 7B': 'Mistral Small' } as const;
    expect(listed).toHaveLength(6);
    for (const [, name, flop] of listed) {
      const m = article.get(builtIn[name as keyof typeof builtIn])!;
      expect.soft(m.trainingCompute.flop.value, `${m.name} training compute`).toBe(flop === 'none' ? null : Number(flop));
    }
    const ci = /90% CI (\S+)–(\S+?)\)/.exec(paragraph)!;
    expect(article.get('GPT-4')!.trainingCompute.flop.range, 'GPT-4 training compute interval').toEqual([Number(ci[1]), Number(ci[2])]);
  });

  it('gives the prices the fact check lists, in the cost-tier notes and the price fields', () => {
    const paragraph = text.slice(text.indexOf('Prices back'));
    const listed = [...paragraph.matchAll(/(GPT-4|Claude 3 Opus|Claude 3 Haiku) \$([\d.]+)\/\$([\d.]+)/g)];
    expect(listed).toHaveLength(3);
    for (const [, name, input, output] of listed) {
      const m = model(name!);
      expect.soft([m.extra?.priceInput?.value, m.extra?.priceOutput?.value], `${name} prices in / out`).toEqual([Number(input), Number(output)]);
      if (article.has(name!)) expect.soft(m.costTier.note, `${name} inference cost note`).toContain(`$${input} / $${output}`);
    }
  });
});
