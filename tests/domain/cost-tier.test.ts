import { describe, expect, it } from 'vitest';
import { COST_TIERS, parseCostTier, tierLabel } from '../../src/domain/cost-tier';

describe('parseCostTier', () => {
  it.each([
    ['Lowest', 0], ['Very Low', 1], ['very low', 1], ['Low', 2],
    ['Medium- Low', 3], ['Medium-Low', 3], ['medium low', 3], ['MEDIUM', 4],
    ['Medium-High', 5], ['High', 6], ['Very High', 7], ['very_high', 7],
  ])('%j → rank %d, raw kept', (raw, rank) => {
    expect(parseCostTier(raw)).toEqual({ ok: true, data: { value: rank, raw, status: 'reported' } });
  });

  it('orders the scale Lowest < … < Very High', () => {
    expect(COST_TIERS).toEqual(['Lowest', 'Very Low', 'Low', 'Medium-Low', 'Medium', 'Medium-High', 'High', 'Very High']);
    expect(tierLabel(3)).toBe('Medium-Low');
    expect(tierLabel(null)).toBeUndefined();
  });

  it('treats an empty tier as missing and an unknown one as an error', () => {
    expect(parseCostTier('')).toMatchObject({ ok: true, data: { value: null, status: 'missing' } });
    expect(parseCostTier('Cheap')).toEqual({
      ok: false, kind: 'unknown-tier',
      reason: "'Cheap' is not a cost tier (expected one of Lowest, Very Low, Low, Medium-Low, Medium, Medium-High, High, Very High)",
    });
    expect(parseCostTier('Undisclosed')).toEqual({ ok: true, data: { value: null, raw: 'Undisclosed', status: 'undisclosed' } });
    expect(parseCostTier(undefined as unknown as string)).toEqual({ ok: true, data: { value: null, raw: '', status: 'missing' } });
  });
});

describe('tier order, worked by hand', () => {
  it('sorts the article\'s tiers as published: Lowest < Very Low < Medium- Low < Medium < High', () => {
    const published = ['High', 'Medium', 'Medium- Low', 'Very Low', 'Lowest', 'High'];
    const rankOf = (raw: string) => {
      const r = parseCostTier(raw);
      if (!r.ok) throw new Error(r.reason);
      return r.data.value!;
    };
    const ranked = published.map((raw) => ({ raw, rank: rankOf(raw) }));
    expect(ranked.map((t) => t.rank)).toEqual([6, 4, 3, 1, 0, 6]);
    expect(ranked.sort((a, b) => a.rank - b.rank).map((t) => t.raw)).toEqual(['Lowest', 'Very Low', 'Medium- Low', 'Medium', 'High', 'High']);
  });

  it('places the printed "Medium- Low" between Low (2) and Medium (4), labelled by its canonical name', () => {
    expect([tierLabel(2), tierLabel(3), tierLabel(4)]).toEqual(['Low', 'Medium-Low', 'Medium']);
    expect(tierLabel(8)).toBeUndefined();
  });
});
