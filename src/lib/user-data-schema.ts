// Every shape saved imported data has had, as zod schemas checked field by field on read, and plain-language
// reasons for a value that fails one ("label should be text, found an object").
import * as z from 'zod/mini';
import { MERGE_PATTERN, USER_DATASET_PATTERN } from '../domain/datasets/user-data';
import { ATTRIBUTE_KEYS, EXTRA_KEYS } from '../domain/model-extra';

export const LEGACY_KEY = 'model-mpg:user-data:v1';
export const INDEX_KEY = 'model-mpg:user-data:v2';
export const CHUNK_PREFIX = 'model-mpg:user-data:v2:chunk:';
export const LAST_IMPORT_KEY = 'model-mpg:user-data:v2:last-import';

const text = z.string();
const measured = z.object({
  value: z.nullable(z.number()),
  raw: text,
  status: z.enum(['reported', 'estimated', 'undisclosed', 'missing']),
  note: z.optional(text),
  source: z.optional(text),
  range: z.optional(z.tuple([z.number(), z.number()])),
}).check(z.refine((m) => m.value === null || m.status === 'reported' || m.status === 'estimated', 'holds a number but is marked missing or undisclosed'));

export const sourceSchema = z.object({
  title: text, url: z.optional(text), citation: z.optional(text), licence: z.optional(text),
  author: z.optional(text), work: z.optional(text), date: z.optional(text),
});

/** One model as plain records held it (the first layout, and chunks written before models were packed as columns). */
export const modelRecordSchema = z.object({
  id: text, name: text, organization: text,
  parameters: measured, trainingCompute: z.object({ text, flop: measured }), mmlu: measured, gsm8k: measured, costTier: measured,
  notes: z.array(text), sources: z.array(sourceSchema), importedFrom: z.optional(text),
  extra: z.optional(z.object(Object.fromEntries(EXTRA_KEYS.map((k) => [k, z.optional(measured)])))),
  attributes: z.optional(z.object(Object.fromEntries(ATTRIBUTE_KEYS.map((k) => [k, z.optional(text)])))),
  highlight: z.optional(text),
});

/** The string table and source lists of a chunk packed as columns; the typed arrays are checked by decodeModels. */
export const columnsTablesSchema = z.object({ sourceLists: z.array(z.array(sourceSchema)) });

const chunkKey = z.string().check(z.startsWith(CHUNK_PREFIX));
const stored = { fileName: text, importedAt: text, chunks: z.array(chunkKey), count: z.int().check(z.nonnegative()) };
export const datasetMetaSchema = z.object({ id: z.string().check(z.regex(USER_DATASET_PATTERN)), label: text, ...stored });
export const mergeMetaSchema = z.object({ id: z.string().check(z.regex(MERGE_PATTERN)), target: text, ...stored });
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
export type MergeMeta = z.infer<typeof mergeMetaSchema>;

const lists = { userDatasets: z.array(z.unknown()), merges: z.array(z.unknown()) };
/** The index (version 2): each dataset's and merge's details and the keys of the chunks holding its models. */
export const indexSchema = z.object({ version: z.literal(2), ...lists });
export type SavedIndex = { version: 2; userDatasets: unknown[]; merges: unknown[] };
/** The first layout (version 1): everything, models included, in one record. */
export const legacySchema = z.object({ version: z.literal(1), data: z.object(lists) });
const inline = { fileName: text, importedAt: text, models: z.array(z.unknown()) };
export const legacyDatasetSchema = z.object({ id: z.string().check(z.regex(USER_DATASET_PATTERN)), label: text, ...inline });
export const legacyMergeSchema = z.object({ id: z.string().check(z.regex(MERGE_PATTERN)), target: text, ...inline });

/** The last import, with the view before it as a link's query, so that "Undo import" survives a reload. */
export const lastImportSchema = z.object({
  version: z.literal(2), id: text, fileName: text, count: z.int().check(z.nonnegative()), mode: z.enum(['merge', 'replace']), before: text,
});
export type SavedLastImport = z.infer<typeof lastImportSchema>;

export type Checked<T> = { ok: true; data: T } | { ok: false; reason: string };

export function check<T>(schema: z.ZodMiniType<T>, value: unknown): Checked<T> {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, data: r.data };
  return { ok: false, reason: r.error.issues.slice(0, 3).map((i) => describeIssue(i, value)).join('; ') };
}

const EXPECTED: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', object: 'an object', array: 'a list', boolean: 'true or false' };

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const where = issue.path.length ? issue.path.map(String).join('.') : 'the record';
  const found = describeValue(valueAt(input, issue.path));
  switch (issue.code) {
    case 'invalid_type': return `${where} should be ${EXPECTED[issue.expected] ?? issue.expected}, found ${found}`;
    case 'invalid_value': return `${where} should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${found}`;
    case 'invalid_format': return `${where} is not in the expected form, found ${found}`;
    case 'too_small': return `${where} is too short or too small, found ${found}`;
    case 'too_big': return `${where} is too long or too large, found ${found}`;
    case 'custom': return `${where} ${issue.message}`;
    default: return `${where} is not valid`;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** What a stored value is, in words, without repeating it (it may be large or hostile). */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return v.length <= 24 ? JSON.stringify(v) : 'text';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (Array.isArray(v)) return 'a list';
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return 'binary data';
  return typeof v === 'object' ? 'an object' : typeof v;
}
