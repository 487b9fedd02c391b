// The values and descriptions a dataset may give beyond the article's columns: dates, prices per million tokens,
// the leaderboard's other benchmarks, and descriptive text kept exactly as published.
import type { Measured } from './measured';

export const EXTRA_KEYS = [
  'releaseDate', 'submissionDate', 'priceInput', 'priceOutput',
  'arc', 'hellaswag', 'truthfulqa', 'winogrande', 'leaderboardAverage',
] as const;
export type ExtraKey = (typeof EXTRA_KEYS)[number];
export type ExtraValues = Partial<Record<ExtraKey, Measured>>;

export const ATTRIBUTE_KEYS = ['modelType', 'precision', 'licence', 'moe', 'domain'] as const;
export type AttributeKey = (typeof ATTRIBUTE_KEYS)[number];
export type Attributes = Partial<Record<AttributeKey, string>>;

/** Column headers for the attributes, saying whose words they are where the words mislead. */
export const ATTRIBUTE_LABELS: Record<AttributeKey, string> = {
  modelType: 'Type (leaderboard)',
  precision: 'Precision',
  licence: 'Licence',
  moe: 'MoE flag (as published)',
  domain: 'Domain (Epoch AI)',
};
