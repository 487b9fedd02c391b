// Preferences that persist across reloads (theme, last dataset, charts): versioned, validated field by
// field, and anything ignored is named in a notice rather than crashing or half-loading.
// zod/mini: the same schemas with a fraction of the bundle, since this runs before first paint.
import * as z from 'zod/mini';
import { FIELD_KEYS } from '../domain/fields';
import { isBuiltInDatasetId } from '../domain/datasets';
import { USER_DATASET_PATTERN } from '../domain/datasets/user-data';
import type { AppState } from './types';
import { MAX_CHARTS, type ChartSpec, type Theme } from './view-slice';

export const PREFS_KEY = 'model-mpg:preferences';
export const PREFS_VERSION = 1;

export interface Preferences {
  theme: Theme;
  datasetId: string;
  charts: ChartSpec[];
}

const chartSchema = z.object({
  id: z.string().check(z.regex(/^c\d{1,3}$/)),
  x: z.enum(FIELD_KEYS), y: z.enum(FIELD_KEYS),
  logX: z.boolean(), logY: z.boolean(), showFrontier: z.boolean(), flipX: z.boolean(), flipY: z.boolean(),
}).check(z.refine((c) => c.x !== c.y, 'a chart has one field on both axes'));

const fieldSchemas = {
  theme: z.enum(['system', 'light', 'dark']),
  datasetId: z.string().check(z.refine((id) => isBuiltInDatasetId(id) || USER_DATASET_PATTERN.test(id), 'not a dataset id')),
  charts: z.array(chartSchema).check(
    z.minLength(1), z.maxLength(MAX_CHARTS),
    z.refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, 'chart ids repeat'),
  ),
} as const;

export function partializePreferences(s: AppState): Preferences {
  return { theme: s.theme, datasetId: s.datasetId, charts: s.charts };
}

/** Keeps each saved field that validates; returns the others as reasons. */
export function validatePreferences(saved: unknown): { valid: Partial<Preferences>; ignored: string[] } {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) {
    return { valid: {}, ignored: ['saved preferences are not an object'] };
  }
  const valid: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [key, schema] of Object.entries(fieldSchemas)) {
    if (!(key in saved)) continue;
    const r = schema.safeParse((saved as Record<string, unknown>)[key]);
    if (r.success) valid[key] = r.data;
    else ignored.push(`saved ${key} (${r.error.issues[0]?.message ?? 'invalid'})`);
  }
  return { valid: valid as Partial<Preferences>, ignored };
}

export function mergePreferences(saved: unknown, current: AppState): AppState {
  if (saved === undefined || saved === null) return current; // nothing saved yet
  const { valid, ignored } = validatePreferences(saved);
  const notices = ignored.length
    ? [...current.notices, { id: (current.notices.at(-1)?.id ?? 0) + 1, text: `Ignored ${ignored.join('; ')} — defaults used instead.` }]
    : current.notices;
  const activeChartId = valid.charts?.[0]?.id ?? current.activeChartId;
  return { ...current, ...valid, activeChartId, notices };
}
