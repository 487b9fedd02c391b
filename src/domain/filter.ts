// Which models pass the filters, and for each model left out, the one reason it is out (never dropped silently).
import type { ModelRecord } from './model';
import { normaliseSearch, searchHaystack, searchMatches } from './search';

export interface Filters {
  /** Inclusive bounds on the parameter count; null means unbounded. */
  paramMin: number | null;
  paramMax: number | null;
  /** Whether a narrowed size range keeps models whose size is undisclosed or missing (with no range, they stay). */
  includeUndisclosedSize: boolean;
  /** Cost-tier ranks to keep; null means any tier. */
  tiers: number[] | null;
  includeNoTier: boolean;
  search: string;
}

export const DEFAULT_FILTERS: Filters = {
  paramMin: null, paramMax: null, includeUndisclosedSize: false,
  tiers: null, includeNoTier: true, search: '',
};

/** How many models each filter left out: each model counts once, under the first of these it fails. */
export interface LeftOut {
  search: number;
  undisclosedSize: number;
  size: number;
  tier: number;
}

export interface FilterOutcome {
  models: ModelRecord[];
  out: LeftOut;
}

export const NONE_OUT: LeftOut = { search: 0, undisclosedSize: 0, size: 0, tier: 0 };

/** Whether the size range is narrowed from "All sizes". */
export const sizeNarrowed = (f: Filters) => f.paramMin !== null || f.paramMax !== null;

/** Whether no filter is set: every model passes. */
export function filtersInert(f: Filters): boolean {
  return !sizeNarrowed(f) && f.tiers === null && f.includeNoTier && normaliseSearch(f.search) === '';
}

/** `haystack` is searchHaystack(models), passed in so a memoised caller builds it once per dataset. */
export function filterModels(models: readonly ModelRecord[], f: Filters, haystack?: readonly string[]): FilterOutcome {
  // Without a filter, every model is kept: reading each one's values only to keep it is costly at large sizes.
  if (filtersInert(f)) return { models: [...models], out: NONE_OUT };
  const hits = normaliseSearch(f.search) ? searchMatches(haystack ?? searchHaystack(models), f.search) : null;
  const narrowed = sizeNarrowed(f);
  const tierSet = f.tiers ? new Set(f.tiers) : null;
  const kept: ModelRecord[] = [];
  const out = { ...NONE_OUT };
  for (let i = 0; i < models.length; i++) {
    const m = models[i]!;
    const size = m.parameters.value;
    const tier = m.costTier.value;
    if (hits && hits[i] !== 1) out.search++;
    else if (size === null && narrowed && !f.includeUndisclosedSize) out.undisclosedSize++;
    else if (size !== null && ((f.paramMin !== null && size < f.paramMin) || (f.paramMax !== null && size > f.paramMax))) out.size++;
    else if (tier === null ? !f.includeNoTier : tierSet !== null && !tierSet.has(tier)) out.tier++;
    else kept.push(m);
  }
  return { models: kept, out };
}

/** Models that are both filtered in and not toggled off by the user. */
export function visibleModels(filtered: readonly ModelRecord[], hiddenIds: ReadonlySet<string>): ModelRecord[] {
  return hiddenIds.size === 0 ? [...filtered] : filtered.filter((m) => !hiddenIds.has(m.id));
}
