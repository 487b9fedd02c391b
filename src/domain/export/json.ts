// The app's own JSON export: { type, version, exportedAt, dataset, models }, checked by a schema on re-import
// so a file is loaded whole or rejected with the place it is wrong — never half-loaded.
import { z } from 'zod';
import type { Dataset, ModelRecord } from '../model';

export const EXPORT_TYPE = 'model-mpg/models';
export const EXPORT_VERSION = 1;

const status = z.enum(['reported', 'estimated', 'undisclosed', 'missing']);
const measured = z.object({
  value: z.number().finite().nullable(),
  raw: z.string(),
  status,
  note: z.string().optional(),
  source: z.string().optional(),
  range: z.tuple([z.number(), z.number()]).optional(),
}).refine((m) => m.value !== null || m.status === 'missing' || m.status === 'undisclosed', {
  message: 'a reported or estimated value needs a number',
}).refine((m) => m.value === null || (m.status !== 'missing' && m.status !== 'undisclosed'), {
  message: 'a missing or undisclosed value must be null',
});
const source = z.object({ title: z.string(), url: z.string().optional(), citation: z.string().optional(), licence: z.string().optional() });
const model = z.object({
  id: z.string().min(1),
  name: z.string(),
  organization: z.string(),
  parameters: measured,
  trainingCompute: z.object({ text: z.string(), flop: measured }),
  mmlu: measured,
  gsm8k: measured,
  costTier: measured,
  notes: z.array(z.string()),
  sources: z.array(source),
  importedFrom: z.string().optional(),
});

export const exportFileSchema = z.object({
  type: z.literal(EXPORT_TYPE),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  dataset: z.object({ id: z.string(), label: z.string(), description: z.string().optional(), sources: z.array(source) }),
  models: z.array(model),
});

export type ExportFile = z.infer<typeof exportFileSchema>;

export function modelsToJson(dataset: Pick<Dataset, 'id' | 'label' | 'description' | 'sources'>, models: readonly ModelRecord[], now = new Date()): string {
  const file: ExportFile = {
    type: EXPORT_TYPE, version: EXPORT_VERSION, exportedAt: now.toISOString(),
    dataset: { id: dataset.id, label: dataset.label, description: dataset.description, sources: dataset.sources },
    models: [...models],
  };
  return JSON.stringify(file, null, 2);
}

/** True when a parsed JSON value looks like our own export (any version), so the importer can say which. */
export function isOwnExport(value: unknown): value is { type: string; version: unknown } {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === EXPORT_TYPE;
}

export type ExportParse = { ok: true; file: ExportFile } | { ok: false; reason: string };

/** Validates our own export; the reason names the path of the first bad field ("models[3].mmlu.value"). */
export function parseExportFile(value: unknown): ExportParse {
  if (isOwnExport(value) && value.version !== EXPORT_VERSION) {
    return { ok: false, reason: `this file is a Model MPG export of version ${String(value.version)}; this app reads version ${EXPORT_VERSION}` };
  }
  const r = exportFileSchema.safeParse(value);
  if (r.success) return { ok: true, file: r.data as ExportFile };
  const issue = r.error.issues[0];
  const path = (issue?.path ?? []).map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return { ok: false, reason: `${path || 'file'}: ${issue?.message ?? 'invalid'}` };
}
