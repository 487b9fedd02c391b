// Which models pass the filters, and how many were set aside for lacking a value (never dropped silently).
import type { ModelRecord } from './model';

export interface Filters {
  /** Inclusive bounds on the parameter count; null means unbounded. */
  paramMin: number | null;
  paramMax: number | null;
  includeUndisclosedSize: boolean;
  /** Cost-tier ranks to keep; null means any tier. */
  tiers: number[] | null;
  includeNoTier: boolean;
  search: string;
}

export const DEFAULT_FILTERS: Filters = {
  paramMin: null, paramMax: null, includeUndisclosedSize: true,
  tiers: null, includeNoTier: true, search: '',
};

export interface FilterOutcome {
  models: ModelRecord[];
  /** Excluded only because their size is undisclosed or missing. */
  hiddenNoSize: number;
  /** Excluded only because they have no cost tier. */
  hiddenNoTier: number;
}

export function normaliseSearch(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether no filter is set: every model passes, none for lack of a value. */
export function filtersInert(f: Filters): boolean {
  return f.paramMin === null && f.paramMax === null && f.includeUndisclosedSize && f.tiers === null && f.includeNoTier
    && normaliseSearch(f.search) === '';
}

export function filterModels(models: readonly ModelRecord[], f: Filters): FilterOutcome {
  // Without a filter, every model is kept: reading each one's values only to keep it is costly at large sizes.
  if (filtersInert(f)) return { models: [...models], hiddenNoSize: 0, hiddenNoTier: 0 };
  const needle = normaliseSearch(f.search);
  const tierSet = f.tiers ? new Set(f.tiers) : null;
  const out: ModelRecord[] = [];
  let hiddenNoSize = 0;
  let hiddenNoTier = 0;
  for (const m of models) {
    if (needle && !normaliseSearch(`${m.name} ${m.organization}`).includes(needle)) continue;
    const size = m.parameters.value;
    let sizeOk: boolean;
    let noSize = false;
    if (size === null) {
      sizeOk = f.includeUndisclosedSize;
      noSize = !sizeOk;
    } else {
      sizeOk = (f.paramMin === null || size >= f.paramMin) && (f.paramMax === null || size <= f.paramMax);
    }
    const tier = m.costTier.value;
    let tierOk: boolean;
    let noTier = false;
    if (tierSet === null) tierOk = tier !== null || f.includeNoTier;
    else tierOk = tier === null ? f.includeNoTier : tierSet.has(tier);
    if (tier === null && !tierOk) noTier = true;

    // Count a model as set aside for a missing value only when that is the reason it is out.
    if (sizeOk && tierOk) out.push(m);
    else if (noSize && (tierOk || noTier)) hiddenNoSize++;
    else if (noTier && sizeOk) hiddenNoTier++;
  }
  return { models: out, hiddenNoSize, hiddenNoTier };
}

/** Models that are both filtered in and not toggled off by the user. */
export function visibleModels(filtered: readonly ModelRecord[], hiddenIds: ReadonlySet<string>): ModelRecord[] {
  return hiddenIds.size === 0 ? [...filtered] : filtered.filter((m) => !hiddenIds.has(m.id));
}
