import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { DEFAULT_FILTERS, filterModels, filtersInert, NONE_OUT, visibleModels, type Filters } from '../../src/domain/filter';
import type { ModelRecord } from '../../src/domain/model';
import { arbFilters, arbModels } from './arbitraries';

const article = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const names = (ms: readonly ModelRecord[]) => ms.map((m) => m.name);
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

describe('filterModels on the article table', () => {
  it.each([
    ['no filters', f({}), ['GPT-4', 'Claude 3 Opus', 'DeepSeek', 'Qwen', 'Gemma', 'Mistral Small'], {}],
    // A narrowed range leaves out Claude 3 Opus, whose size is undisclosed, unless asked to keep it.
    ['7B–100B', f({ paramMin: 7e9, paramMax: 100e9 }), ['DeepSeek', 'Qwen', 'Gemma', 'Mistral Small'], { undisclosedSize: 1, size: 1 }],
    ['7B–100B with undisclosed sizes', f({ paramMin: 7e9, paramMax: 100e9, includeUndisclosedSize: true }), ['Claude 3 Opus', 'DeepSeek', 'Qwen', 'Gemma', 'Mistral Small'], { size: 1 }],
    ['Edge (≤3B) holds no model of the article', f({ paramMax: 3e9 }), [], { undisclosedSize: 1, size: 5 }],
    ['frontier (>100B) filters GPT-4 by its estimate', f({ paramMin: 100e9 }), ['GPT-4'], { undisclosedSize: 1, size: 4 }],
    ['the undisclosed box alone changes nothing at "All sizes"', f({ includeUndisclosedSize: true }), ['GPT-4', 'Claude 3 Opus', 'DeepSeek', 'Qwen', 'Gemma', 'Mistral Small'], {}],
    ['High tier only', f({ tiers: [6] }), ['GPT-4', 'Claude 3 Opus'], { tier: 4 }],
    ['no tier ticked', f({ tiers: [] }), [], { tier: 6 }],
    ['search by organization', f({ search: 'alibaba' }), ['Qwen'], { search: 5 }],
    ['search ignores case and spacing', f({ search: '  CLAUDE   3 ' }), ['Claude 3 Opus'], { search: 5 }],
    ['search forgives a missing hyphen', f({ search: 'gpt4' }), ['GPT-4'], { search: 5 }],
    // Each model is counted once, under the first filter it fails: search (Mistral Small has no "e"), undisclosed
    // size (Claude 3 Opus), size (Gemma), tier (DeepSeek, Qwen).
    ['several filters at once', f({ search: 'e', paramMin: 10e9, tiers: [6] }), ['GPT-4'], { search: 1, undisclosedSize: 1, size: 1, tier: 2 }],
  ])('%s', (_label, filters, expected, out) => {
    const got = filterModels(article, filters);
    expect(names(got.models)).toEqual(expected);
    expect(got.out).toEqual({ ...NONE_OUT, ...out });
  });

  it('counts models set aside for having no tier', () => {
    const noTier = article.map((m, i) => (i === 0 ? { ...m, costTier: { value: null, raw: '', status: 'missing' as const } } : m));
    const out = filterModels(noTier, f({ includeNoTier: false }));
    expect(out.models).toHaveLength(5);
    expect(out.out.tier).toBe(1);
  });

  it('drops toggled-off models from the visible list only', () => {
    expect(names(visibleModels(article, new Set(['qwen', 'gemma'])))).toEqual(['GPT-4', 'Claude 3 Opus', 'DeepSeek', 'Mistral Small']);
  });
});

describe('filterModels properties', () => {
  it('with no filter set, keeps every model in order (the shortcut agrees with a full pass that lets all through)', () => {
    fc.assert(fc.property(arbModels, (models) => {
      const none = filterModels(models, DEFAULT_FILTERS);
      expect(none).toEqual({ models, out: NONE_OUT });
      expect(none.models).not.toBe(models);
      expect(filtersInert(f({ paramMin: -Infinity }))).toBe(false);
      expect(filterModels(models, f({ paramMin: -Infinity, includeUndisclosedSize: true, search: ' ' }))).toEqual(none);
    }));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(arbModels, arbFilters, (models, filters) => {
      const once = filterModels(models, filters).models;
      expect(filterModels(once, filters).models).toEqual(once);
    }));
  });

  it('does not depend on input order', () => {
    fc.assert(fc.property(arbModels, arbFilters, fc.integer(), (models, filters, seed) => {
      const shuffled = [...models].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7));
      const ids = (ms: ModelRecord[]) => ms.map((m) => m.id).sort();
      expect(ids(filterModels(shuffled, filters).models)).toEqual(ids(filterModels(models, filters).models));
    }));
  });

  it('never turns a missing value into 0, and keeps every record untouched', () => {
    fc.assert(fc.property(arbModels, arbFilters, (models, filters) => {
      const out = filterModels(models, filters).models;
      for (const m of out) {
        expect(models).toContain(m);
        for (const v of [m.parameters, m.mmlu, m.gsm8k, m.costTier]) {
          if (v.status === 'missing' || v.status === 'undisclosed') expect(v.value).toBeNull();
        }
      }
    }));
  });

  it('accounts for every model: shown, or out for exactly one reason', () => {
    fc.assert(fc.property(arbModels, arbFilters, (models, filters) => {
      const { models: kept, out } = filterModels(models, filters);
      expect(kept.length + out.search + out.undisclosedSize + out.size + out.tier).toBe(models.length);
      if (filters.includeNoTier && filters.tiers === null && !filters.search && filters.paramMin === null && filters.paramMax === null) {
        expect(kept).toHaveLength(models.length);
      }
    }));
  });

  it('keeps a model of undisclosed size in a narrowed range only when asked to', () => {
    fc.assert(fc.property(arbModels, arbFilters, (models, filters) => {
      const narrowed = filters.paramMin !== null || filters.paramMax !== null;
      const kept = filterModels(models, filters).models;
      if (narrowed && !filters.includeUndisclosedSize) expect(kept.filter((m) => m.parameters.value === null)).toEqual([]);
    }));
  });
});

describe('why each model of a hand-made set is out, counted by hand', () => {
  const MISSING = { value: null, raw: '', status: 'missing' } as const;
  const v = (value: number) => ({ value, raw: String(value), status: 'reported' as const });
  const model = (id: string, size: number | null, tier: number | null): ModelRecord => ({
    id, name: id, organization: 'Lab', parameters: size === null ? MISSING : v(size), costTier: tier === null ? MISSING : v(tier),
    mmlu: MISSING, gsm8k: MISSING, trainingCompute: { text: '', flop: MISSING }, notes: [], sources: [],
  });
  // sized-tiered, no size, no tier, neither, too big without a tier, sized with another tier
  const set = [model('a', 7e9, 2), model('b', null, 2), model('c', 7e9, null), model('d', null, null), model('e', 70e9, null), model('f', 7e9, 5)];

  it('up to 10B, sizes and tiers required: b and d lack a size (2), e is too big (1, before its missing tier), c lacks a tier (1)', () => {
    const out = filterModels(set, f({ paramMax: 10e9, includeUndisclosedSize: false, includeNoTier: false }));
    expect(out).toEqual({ models: [set[0], set[5]], out: { search: 0, undisclosedSize: 2, size: 1, tier: 1 } });
  });

  it('tier Low (rank 2) only, no tier required: c, d and e lack a tier and f has another (4); b\'s missing size does not matter', () => {
    const out = filterModels(set, f({ tiers: [2], includeNoTier: false }));
    expect(out).toEqual({ models: [set[0], set[1]], out: { search: 0, undisclosedSize: 0, size: 0, tier: 4 } });
  });

  it('tier Low only, models without a tier kept: f alone is out', () => {
    expect(names(filterModels(set, f({ tiers: [2], includeNoTier: true })).models)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('is inert only with no bound, nothing excluded and a blank search', () => {
    expect(filtersInert(f({ search: '   ' }))).toBe(true);
    expect(filtersInert(f({ paramMin: 1 }))).toBe(false);
    expect(filtersInert(f({ paramMax: 1 }))).toBe(false);
    // Without a size range, models of undisclosed size stay either way.
    expect(filtersInert(f({ includeUndisclosedSize: true }))).toBe(true);
    expect(filtersInert(f({ tiers: [] }))).toBe(false);
    expect(filtersInert(f({ includeNoTier: false }))).toBe(false);
    expect(filtersInert(f({ search: 'a' }))).toBe(false);
  });

  it('keeps every filtered model when none is toggled off, in a new list', () => {
    const shown = visibleModels(set, new Set());
    expect(shown).toEqual(set);
    expect(shown).not.toBe(set);
    expect(visibleModels(set, new Set(['b', 'f'])).map((m) => m.id)).toEqual(['a', 'c', 'd', 'e']);
  });
});
