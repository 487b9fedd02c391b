// Inference cost tiers: an ordered scale, so "Medium- Low" sorts and plots between Low and Medium.
import { classifyEmpty, fail, ok, type Measured, type ParseResult } from './measured';

export const COST_TIERS = ['Lowest', 'Very Low', 'Low', 'Medium-Low', 'Medium', 'Medium-High', 'High', 'Very High'] as const;
export type CostTier = (typeof COST_TIERS)[number];

const normalise = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
const BY_KEY = new Map(COST_TIERS.map((tier, index) => [normalise(tier), index]));

/** The tier's canonical label for an ordinal value, or undefined if out of range. */
export function tierLabel(rank: number | null): CostTier | undefined {
  return rank === null ? undefined : COST_TIERS[rank];
}

/** Parses a tier label: value is its rank (0 = Lowest), raw keeps the published spelling. */
export function parseCostTier(rawInput: string): ParseResult<Measured> {
  const raw = rawInput ?? '';
  const empty = classifyEmpty(raw);
  if (empty) return ok({ value: null, raw, status: empty.status });
  const rank = BY_KEY.get(normalise(raw));
  if (rank === undefined) return fail(`'${raw}' is not a cost tier (expected one of ${COST_TIERS.join(', ')})`, 'unknown-tier');
  return ok({ value: rank, raw, status: 'reported' });
}
