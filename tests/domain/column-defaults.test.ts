import { describe, expect, it } from 'vitest';
import { choicesAfter, defaultColumnVisibility, type HasValue } from '../../src/domain/column-defaults';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { FIELDS, type FieldKey } from '../../src/domain/fields';
import type { ModelRecord } from '../../src/domain/model';

const load = (id: string) => {
  const r = loadBuiltInDataset(id);
  if (!r.ok) throw new Error(id);
  return r.dataset.models;
};
const has = (key: FieldKey): HasValue => (m) => FIELDS[key].get(m).status !== 'missing';
const COLUMNS = Object.fromEntries((['mmlu', 'releaseDate', 'priceInput', 'priceBlended', 'arc', 'hellaswag', 'leaderboardAverage'] as const).map((k) => [k, has(k)]));

describe('which columns a dataset opens with', () => {
  it('shows a column when some model has a value in it, and hides one nobody has', () => {
    // The article's models have MMLU, release dates and (GPT-4, Claude 3 Opus) prices, but none of the leaderboard's benchmarks.
    expect(defaultColumnVisibility(load('great-gpu-race'), COLUMNS)).toEqual({
      mmlu: true, releaseDate: true, priceInput: true, priceBlended: true, arc: false, hellaswag: false, leaderboardAverage: false,
    });
  });

  it('shows a column for one model\'s value among many without', () => {
    const models = load('great-gpu-race').map((m) => ({ ...m, extra: {} }) as ModelRecord);
    expect(defaultColumnVisibility(models, COLUMNS).priceInput).toBe(false);
    const withOne = [...models, load('great-gpu-race')[0]!];
    expect(defaultColumnVisibility(withOne, COLUMNS).priceInput).toBe(true);
  });

  it('has no opinion on a column it is not asked about', () => {
    expect(defaultColumnVisibility([], { arc: has('arc') })).toEqual({ arc: false });
  });
});

describe('the user\'s column choices', () => {
  const defaults = { mmlu: true, arc: false, price: true };
  it('records only the column a change touched, so the others keep following their dataset', () => {
    const next = { ...defaults, mmlu: false };
    expect(choicesAfter({}, defaults, next)).toEqual({ mmlu: false });
  });

  it('keeps earlier choices and records a column shown against its default', () => {
    expect(choicesAfter({ mmlu: false }, { ...defaults, mmlu: false }, { ...defaults, mmlu: false, arc: true })).toEqual({ mmlu: false, arc: true });
  });
});
