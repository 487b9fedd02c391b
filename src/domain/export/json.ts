// The app's own JSON export: { type, version, exportedAt, dataset, models }, checked on re-import by a schema with
// the same limits as any other input, so a file is loaded whole or rejected with the place it is wrong.
import { z } from 'zod';
import { COST_TIERS } from '../cost-tier';
import type { Dataset, ModelRecord } from '../model';
import { ATTRIBUTE_KEYS } from '../model-extra';
import { MAX_DATE_MS, MAX_FLOP, MAX_PARAMETERS, MAX_PRICE, MIN_DATE_MS } from '../value-limits';

export const EXPORT_TYPE = 'model-mpg/models';
export const EXPORT_VERSION = 1;

const status = z.enum(['reported', 'estimated', 'undisclosed', 'missing']);

/** A value in [lo, hi] (above lo when `above`), whole when `whole`: one schema per field, with its own limits. */
function number(lo: number, hi: number, what: string, o: { above?: boolean; whole?: boolean } = {}) {
  let n = z.number({ error: `${what} must be a number` });
  n = o.above ? n.gt(lo, `${what} must be above ${lo}`) : n.gte(lo, `${what} must be at least ${lo}`);
  n = n.lte(hi, `${what} must be at most ${hi}`);
  return o.whole ? n.int(`${what} must be a whole number`) : n;
}

function measured(value: z.ZodNumber) {
  return z.object({
    value: value.nullable(),
    raw: z.string(),
    status,
    note: z.string().optional(),
    source: z.string().optional(),
    range: z.tuple([value, value]).refine(([lo, hi]) => lo <= hi, 'the range must run from low to high').optional(),
  }).refine((m) => m.value !== null || m.status === 'missing' || m.status === 'undisclosed', {
    message: 'a reported or estimated value needs a number',
  }).refine((m) => m.value === null || (m.status !== 'missing' && m.status !== 'undisclosed'), {
    message: 'a missing or undisclosed value must be null',
  });
}

const source = z.object({
  title: z.string(), url: z.string().optional(), citation: z.string().optional(), licence: z.string().optional(),
  author: z.string().optional(), work: z.string().optional(), date: z.string().optional(),
});
const score = () => measured(number(0, 100, 'a score'));
const date = () => measured(number(MIN_DATE_MS, MAX_DATE_MS, 'a date (milliseconds since 1970, UTC)', { whole: true }));
const price = () => measured(number(0, MAX_PRICE, 'a price per million tokens'));
/** The values some datasets add; each optional, each with its own limits. */
const extraSchema = z.object({
  releaseDate: date(), submissionDate: date(), priceInput: price(), priceOutput: price(),
  arc: score(), hellaswag: score(), truthfulqa: score(), winogrande: score(), leaderboardAverage: score(),
}).partial();
const attributesSchema = z.object(Object.fromEntries(ATTRIBUTE_KEYS.map((k) => [k, z.string()])) as Record<(typeof ATTRIBUTE_KEYS)[number], z.ZodString>).partial();
/** One model, with the limits every importer applies; the CSV reader checks each of its rows with it too. */
export const modelSchema = z.object({
  id: z.string().min(1, 'the id is empty'),
  name: z.string().refine((s) => s.trim() !== '', 'the model has no name'),
  organization: z.string(),
  parameters: measured(number(0, MAX_PARAMETERS, 'a parameter count', { above: true })),
  trainingCompute: z.object({ text: z.string(), flop: measured(number(0, MAX_FLOP, 'a FLOP count', { above: true })) }),
  mmlu: score(),
  gsm8k: score(),
  costTier: measured(number(0, COST_TIERS.length - 1, 'a cost tier', { whole: true })),
  notes: z.array(z.string()),
  sources: z.array(source),
  importedFrom: z.string().optional(),
  extra: extraSchema.optional(),
  attributes: attributesSchema.optional(),
  highlight: z.string().optional(),
});

export const exportFileSchema = z.object({
  type: z.literal(EXPORT_TYPE),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  dataset: z.object({ id: z.string(), label: z.string(), description: z.string().optional(), sources: z.array(source), notes: z.array(z.string()).optional() }),
  models: z.array(modelSchema).superRefine((models, ctx) => {
    const first = new Map<string, number>();
    models.forEach((m, i) => {
      const seen = first.get(m.id);
      if (seen === undefined) first.set(m.id, i);
      else ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `the id '${m.id}' is already used by model ${seen + 1}` });
    });
  }),
});

export type ExportFile = z.infer<typeof exportFileSchema>;

export function modelsToJson(dataset: Pick<Dataset, 'id' | 'label' | 'description' | 'sources' | 'notes'>, models: readonly ModelRecord[], now = new Date()): string {
  const file: ExportFile = {
    type: EXPORT_TYPE, version: EXPORT_VERSION, exportedAt: now.toISOString(),
    dataset: { id: dataset.id, label: dataset.label, description: dataset.description, sources: dataset.sources, ...(dataset.notes?.length ? { notes: dataset.notes } : {}) },
    models: [...models],
  };
  return JSON.stringify(file, null, 2);
}

/** True when a parsed JSON value looks like our own export (any version), so the importer can say which. */
export function isOwnExport(value: unknown): value is { type: string; version: unknown } {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === EXPORT_TYPE;
}

export type ExportParse = { ok: true; file: ExportFile } | { ok: false; reason: string };

const FIELD_NAMES = new Map([
  ['parameters', 'Parameters'], ['trainingCompute', 'Training compute'], ['flop', 'FLOP'], ['mmlu', 'MMLU'], ['gsm8k', 'GSM8K'], ['costTier', 'Inference cost'],
  ['releaseDate', 'Release date'], ['submissionDate', 'Leaderboard submission date'], ['priceInput', 'Input price'], ['priceOutput', 'Output price'],
  ['arc', 'ARC'], ['hellaswag', 'HellaSwag'], ['truthfulqa', 'TruthfulQA'], ['winogrande', 'Winogrande'], ['leaderboardAverage', 'Leaderboard average'],
]);

/** "model 4 “GPT-4”, MMLU value" for an issue at models[3].mmlu.value; the file's own path elsewhere. */
function place(path: readonly PropertyKey[], value: unknown): string {
  if (path[0] !== 'models' || typeof path[1] !== 'number') return path.map(String).join('.') || 'file';
  const m = (value as { models?: unknown[] }).models?.[path[1]] as { name?: unknown } | undefined;
  const name = typeof m?.name === 'string' && m.name.trim() ? ` “${m.name.length > 60 ? `${m.name.slice(0, 59)}…` : m.name}”` : '';
  const field = path.slice(2).map((p) => (typeof p === 'number' ? `[${p}]` : FIELD_NAMES.get(String(p)) ?? String(p))).join(' ');
  return `model ${path[1] + 1}${name}${field ? `, ${field}` : ''}`;
}

const SHOW_ISSUES = 5;

/** Validates our own export; the reason names each bad field by model and field ("model 4 “GPT-4”, MMLU value: …"). */
export function parseExportFile(value: unknown): ExportParse {
  if (isOwnExport(value) && value.version !== EXPORT_VERSION) {
    return { ok: false, reason: `this file is a Model MPG export of version ${String(value.version)}; this app reads version ${EXPORT_VERSION}` };
  }
  const r = exportFileSchema.safeParse(value);
  if (r.success) return { ok: true, file: r.data as ExportFile };
  const issues = r.error.issues;
  const listed = issues.slice(0, SHOW_ISSUES).map((i) => `${place(i.path, value)}: ${i.message}`).join('; ');
  return { ok: false, reason: `${listed}${issues.length > SHOW_ISSUES ? `; and ${issues.length - SHOW_ISSUES} more` : ''}` };
}
