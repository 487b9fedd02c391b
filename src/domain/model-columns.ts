// Models packed as columns, for crossing a structured clone (IndexedDB, a worker's postMessage): numbers in
// typed arrays, every string once in a table. Cloning 100,000 records object by object cost ~0.6 s on the page;
// the same models as columns clone in a fifth of that and rebuild in ~0.1 s, and equal strings come back shared.
import { fail, ok, type Measured, type ParseResult, type ValueStatus } from './measured';
import type { ModelRecord, Source } from './model';
import { EXTRA_KEYS, type ExtraKey, type ExtraValues } from './model-extra';

export const MODEL_COLUMNS_FORMAT = 'model-columns-1';

const MEASURED_FIELDS = ['parameters', 'flop', 'mmlu', 'gsm8k', 'costTier'] as const;
type MeasuredField = (typeof MEASURED_FIELDS)[number];
const STATUSES: readonly ValueStatus[] = ['reported', 'estimated', 'undisclosed', 'missing'];
/** Index 0 in a text column means "absent" (an optional field not set); real strings start at 1. */
const ABSENT = 0;

interface MeasuredColumn {
  /** NaN where the value is null: values are never NaN (the parsers reject it), so nothing else maps there. */
  value: Float64Array;
  status: Uint8Array;
  raw: Uint32Array;
  note: Uint32Array;
  source: Uint32Array;
  /** The estimate's interval, NaN where there is none. */
  rangeLow: Float64Array;
  rangeHigh: Float64Array;
}

export interface ModelColumns {
  format: typeof MODEL_COLUMNS_FORMAT;
  count: number;
  /** Every distinct string; the columns below hold indexes into it. texts[0] is unused (ABSENT). */
  texts: string[];
  id: Uint32Array;
  name: Uint32Array;
  organization: Uint32Array;
  computeText: Uint32Array;
  importedFrom: Uint32Array;
  /** Model i's notes are notes[notesStart[i] .. notesStart[i + 1]). */
  notesStart: Uint32Array;
  notes: Uint32Array;
  /** Distinct source lists; model i cites sourceLists[sources[i]]. */
  sourceLists: Source[][];
  sources: Uint32Array;
  measured: Record<MeasuredField, MeasuredColumn>;
  /**
   * The added values (dates, prices, more benchmarks), only for keys some model has; `present` is 1 where the model
   * has the key. Packings saved before these existed have none, and read as models without them.
   */
  extra?: Partial<Record<ExtraKey, MeasuredColumn & { present: Uint8Array }>>;
  /** Each model's attributes as JSON text, and its highlighted group (ABSENT where there is none). */
  attributes?: Uint32Array;
  highlight?: Uint32Array;
}

const measuredOf = (m: ModelRecord, field: MeasuredField): Measured => (field === 'flop' ? m.trainingCompute.flop : m[field]);

export function encodeModels(models: readonly ModelRecord[]): ModelColumns {
  const n = models.length;
  const texts = [''];
  const textIndex = new Map<string, number>();
  const text = (s: string | undefined): number => {
    if (s === undefined) return ABSENT;
    let i = textIndex.get(s);
    if (i === undefined) {
      i = texts.push(s) - 1;
      textIndex.set(s, i);
    }
    return i;
  };
  const sourceLists: Source[][] = [];
  const sourceIndex = new Map<Source[] | string, number>();
  const sourceList = (list: Source[]): number => {
    // Imports share one list object across rows: identity first, then content, so stringifying is rare.
    let i = sourceIndex.get(list);
    if (i !== undefined) return i;
    const key = JSON.stringify(list);
    i = sourceIndex.get(key);
    if (i === undefined) {
      i = sourceLists.push(list) - 1;
      sourceIndex.set(key, i);
    }
    sourceIndex.set(list, i);
    return i;
  };
  const column = (): MeasuredColumn => ({
    value: new Float64Array(n), status: new Uint8Array(n), raw: new Uint32Array(n), note: new Uint32Array(n),
    source: new Uint32Array(n), rangeLow: new Float64Array(n), rangeHigh: new Float64Array(n),
  });
  const cols: ModelColumns = {
    format: MODEL_COLUMNS_FORMAT, count: n, texts,
    id: new Uint32Array(n), name: new Uint32Array(n), organization: new Uint32Array(n), computeText: new Uint32Array(n),
    importedFrom: new Uint32Array(n), notesStart: new Uint32Array(n + 1), notes: new Uint32Array(0),
    sourceLists, sources: new Uint32Array(n),
    measured: { parameters: column(), flop: column(), mmlu: column(), gsm8k: column(), costTier: column() },
  };
  const extraKeys = EXTRA_KEYS.filter((k) => models.some((m) => m.extra?.[k]));
  if (extraKeys.length) cols.extra = Object.fromEntries(extraKeys.map((k) => [k, { ...column(), present: new Uint8Array(n) }]));
  if (models.some((m) => m.attributes || m.highlight !== undefined)) {
    cols.attributes = new Uint32Array(n);
    cols.highlight = new Uint32Array(n);
  }
  const put = (c: MeasuredColumn, i: number, v: Measured) => {
    c.value[i] = v.value ?? NaN;
    c.status[i] = STATUSES.indexOf(v.status);
    c.raw[i] = text(v.raw);
    c.note[i] = text(v.note);
    c.source[i] = text(v.source);
    c.rangeLow[i] = v.range ? v.range[0] : NaN;
    c.rangeHigh[i] = v.range ? v.range[1] : NaN;
  };
  const notes: number[] = [];
  for (let i = 0; i < n; i++) {
    const m = models[i]!;
    cols.id[i] = text(m.id);
    cols.name[i] = text(m.name);
    cols.organization[i] = text(m.organization);
    cols.computeText[i] = text(m.trainingCompute.text);
    cols.importedFrom[i] = text(m.importedFrom);
    for (const note of m.notes) notes.push(text(note));
    cols.notesStart[i + 1] = notes.length;
    cols.sources[i] = sourceList(m.sources);
    for (const field of MEASURED_FIELDS) put(cols.measured[field], i, measuredOf(m, field));
    for (const k of extraKeys) {
      const v = m.extra?.[k];
      const c = cols.extra![k]!;
      if (v) {
        put(c, i, v);
        c.present[i] = 1;
      }
    }
    if (cols.attributes) cols.attributes[i] = m.attributes ? text(JSON.stringify(m.attributes)) : ABSENT;
    if (cols.highlight) cols.highlight[i] = text(m.highlight);
  }
  cols.notes = Uint32Array.from(notes);
  return cols;
}

/** The typed arrays of a packing, to hand to postMessage as transferables. */
export function columnBuffers(cols: ModelColumns): ArrayBuffer[] {
  const arrays = [cols.id, cols.name, cols.organization, cols.computeText, cols.importedFrom, cols.notesStart, cols.notes, cols.sources,
    ...MEASURED_FIELDS.flatMap((f) => Object.values(cols.measured[f]) as ArrayBufferView[]),
    ...Object.values(cols.extra ?? {}).flatMap((c) => Object.values(c) as ArrayBufferView[]),
    ...(cols.attributes ? [cols.attributes] : []), ...(cols.highlight ? [cols.highlight] : [])];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

export function isModelColumns(x: unknown): x is ModelColumns {
  return typeof x === 'object' && x !== null && (x as { format?: unknown }).format === MODEL_COLUMNS_FORMAT;
}

const NO_NOTES: readonly string[] = Object.freeze([]);

/** Rebuilds the records, appending them to `into`; a damaged packing is reported, not half-read. */
export function decodeModels(cols: ModelColumns, into: ModelRecord[] = []): ParseResult<ModelRecord[]> {
  const problem = checkShape(cols);
  if (problem) return fail(problem);
  const { texts, count } = cols;
  const text = (i: number): string => {
    const s = texts[i];
    if (s === undefined || i === ABSENT) throw new RangeError(`text ${i} is not in the table`);
    return s;
  };
  // Each record is built as one literal holding exactly its fields. A field added to an object after its
  // literal moves its fields out to a second, separate array (V8), so a source or importedFrom set afterwards
  // cost one more object per value and per model: about 600,000 more objects at 100,000 imported models, all
  // copied by each garbage collection while they were young.
  const read = (c: MeasuredColumn, i: number): Measured => {
    const status = STATUSES[c.status[i]!];
    if (status === undefined) throw new RangeError(`status ${c.status[i]} is unknown`);
    const v = c.value[i]!;
    const value = Number.isNaN(v) ? null : v;
    const raw = text(c.raw[i]!);
    const hasRange = !Number.isNaN(c.rangeLow[i]!);
    if (c.note[i] === ABSENT && !hasRange) {
      return c.source[i] === ABSENT ? { value, raw, status } : { value, raw, status, source: text(c.source[i]!) };
    }
    // Notes and intervals are rare (estimates): these may take the slower shape.
    const out: Measured = { value, raw, status };
    if (c.note[i] !== ABSENT) out.note = text(c.note[i]!);
    if (c.source[i] !== ABSENT) out.source = text(c.source[i]!);
    if (hasRange) out.range = [c.rangeLow[i]!, c.rangeHigh[i]!];
    return out;
  };
  const measured = (field: MeasuredField, i: number): Measured => read(cols.measured[field], i);
  const extraColumns = Object.entries(cols.extra ?? {}) as [ExtraKey, MeasuredColumn & { present: Uint8Array }][];
  /** The added parts of model i, or null when it has none (most imported models). */
  const added = (i: number): Pick<ModelRecord, 'extra' | 'attributes' | 'highlight'> | null => {
    let extra: ExtraValues | undefined;
    for (const [k, c] of extraColumns) {
      if (!c.present[i]) continue;
      extra ??= {};
      extra[k] = read(c, i);
    }
    const attributes = cols.attributes?.[i] ? JSON.parse(text(cols.attributes[i]!)) as ModelRecord['attributes'] : undefined;
    const highlight = cols.highlight?.[i] ? text(cols.highlight[i]!) : undefined;
    if (!extra && !attributes && highlight === undefined) return null;
    return { ...(extra ? { extra } : {}), ...(attributes ? { attributes } : {}), ...(highlight !== undefined ? { highlight } : {}) };
  };
  const start = into.length;
  try {
    for (let i = 0; i < count; i++) {
      const sources = cols.sourceLists[cols.sources[i]!];
      if (!sources) throw new RangeError(`source list ${cols.sources[i]} is missing`);
      const from = cols.notesStart[i]!;
      const to = cols.notesStart[i + 1]!;
      const id = text(cols.id[i]!);
      const name = text(cols.name[i]!);
      const organization = text(cols.organization[i]!);
      const parameters = measured('parameters', i);
      const trainingCompute = { text: text(cols.computeText[i]!), flop: measured('flop', i) };
      const mmlu = measured('mmlu', i);
      const gsm8k = measured('gsm8k', i);
      const costTier = measured('costTier', i);
      // Models never change their notes; sharing one frozen empty list saves an array per model.
      const notes = from === to ? (NO_NOTES as string[]) : Array.from(cols.notes.subarray(from, to), text);
      const more = extraColumns.length || cols.attributes ? added(i) : null;
      if (more) {
        // Rare (values some datasets add): one literal with the optional parts spread in.
        into.push({ id, name, organization, parameters, trainingCompute, mmlu, gsm8k, costTier, notes, sources, ...(cols.importedFrom[i] === ABSENT ? {} : { importedFrom: text(cols.importedFrom[i]!) }), ...more });
      } else {
        into.push(cols.importedFrom[i] === ABSENT
          ? { id, name, organization, parameters, trainingCompute, mmlu, gsm8k, costTier, notes, sources }
          : { id, name, organization, parameters, trainingCompute, mmlu, gsm8k, costTier, notes, sources, importedFrom: text(cols.importedFrom[i]!) });
      }
    }
  } catch (e) {
    into.length = start;
    return fail(`the packed models are damaged (${e instanceof Error ? e.message : String(e)})`);
  }
  return ok(into);
}

/** By tag, not instanceof: a clone made in another realm (a test environment) has other constructors. */
const isUint32 = (a: unknown): a is Uint32Array => Object.prototype.toString.call(a) === '[object Uint32Array]';

function checkShape(cols: ModelColumns): string | null {
  if (!isModelColumns(cols)) return 'the packed models are in an unknown format';
  const n = cols.count;
  if (!Number.isInteger(n) || n < 0 || !Array.isArray(cols.texts) || !Array.isArray(cols.sourceLists)) return 'the packed models are damaged';
  const perModel = [cols.id, cols.name, cols.organization, cols.computeText, cols.importedFrom, cols.sources,
    ...MEASURED_FIELDS.flatMap((f) => (cols.measured?.[f] ? Object.values(cols.measured[f]) : [undefined]))];
  if (perModel.some((a) => !ArrayBuffer.isView(a) || (a as Uint8Array).length !== n)) return 'the packed models are damaged (a column is missing or short)';
  if (!isUint32(cols.notesStart) || cols.notesStart.length !== n + 1 || !isUint32(cols.notes) || cols.notesStart[n] !== cols.notes.length) return 'the packed models are damaged (the notes do not line up)';
  const added = [...Object.values(cols.extra ?? {}).flatMap((c) => (c ? Object.values(c) : [undefined])), ...(cols.attributes || cols.highlight ? [cols.attributes, cols.highlight] : [])];
  if (added.some((a) => !ArrayBuffer.isView(a) || (a as Uint8Array).length !== n)) return 'the packed models are damaged (an added column is missing or short)';
  return null;
}
