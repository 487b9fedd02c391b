// fast-check generators for whole model records as the app can hold them: every status, raw texts with commas,
// quotes, line breaks and formula-like starts, notes, sources, intervals and tiers; for the export round trips.
import * as fc from 'fast-check';
import type { Measured } from '../../../src/domain/measured';
import type { ModelRecord, Source } from '../../../src/domain/model';
import { ATTRIBUTE_KEYS, EXTRA_KEYS, type Attributes, type ExtraValues } from '../../../src/domain/model-extra';
import { MAX_DATE_MS, MIN_DATE_MS } from '../../../src/domain/value-limits';

const NASTY = ['a,b', 'say "hi"', 'two\nlines', 'crlf\r\nline', 'lone\rcr', '=1+1', "'=x", "''@y", '-5', '+7', '@cmd', '\tx', ' padded ', '—', 'ü 名前', '🔥', '[1,2]', ' | ', ' — '];

export const arbText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(...NASTY),
  fc.tuple(fc.constantFrom(...NASTY), fc.constantFrom(...NASTY)).map(([a, b]) => a + b),
);
const arbSome = arbText.filter((s) => s !== '');
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** A double in [lo, hi] with no -0 (a CSV cannot tell it from 0, and neither can a reader). */
const arbNumber = (lo: number, hi: number, whole: boolean) =>
  (whole ? fc.integer({ min: lo, max: hi }) : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true })).map((v) => (v === 0 ? 0 : v));

export function arbRichMeasured(lo: number, hi: number, whole = false): fc.Arbitrary<Measured> {
  const n = arbNumber(lo, hi, whole);
  return fc.record({
    status: fc.constantFrom('reported', 'estimated', 'undisclosed', 'missing' as const),
    value: n, raw: arbText, note: opt(arbSome), source: opt(arbSome),
    range: opt(fc.tuple(n, n).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number])),
  }, { noNullPrototype: true }).map(({ status, value, raw, note, source, range }) => {
    const m: Measured = { value: status === 'reported' || status === 'estimated' ? value : null, raw, status };
    if (note !== undefined) m.note = note;
    if (source !== undefined) m.source = source;
    if (range) m.range = range;
    return m;
  });
}

const arbSource: fc.Arbitrary<Source> = fc.record({ title: arbText, url: opt(arbSome), citation: opt(arbSome), licence: opt(arbSome) }, { noNullPrototype: true })
  .map(({ title, url, citation, licence }) => ({ title, ...(url ? { url } : {}), ...(citation ? { citation } : {}), ...(licence ? { licence } : {}) }));

/** Some of the values datasets add, each within its field's limits (dates are whole milliseconds). */
const arbExtra: fc.Arbitrary<ExtraValues> = fc.record(Object.fromEntries(EXTRA_KEYS.map((k) => [k,
  k.endsWith('Date') ? arbRichMeasured(MIN_DATE_MS, MAX_DATE_MS, true) : k.startsWith('price') ? arbRichMeasured(0, 1e6) : arbRichMeasured(0, 100),
])) as Record<keyof ExtraValues, fc.Arbitrary<import('../../../src/domain/measured').Measured>>, { requiredKeys: [], noNullPrototype: true });
const arbAttributes: fc.Arbitrary<Attributes> = fc.record(Object.fromEntries(ATTRIBUTE_KEYS.map((k) => [k, arbText])) as Record<keyof Attributes, fc.Arbitrary<string>>, { requiredKeys: [], noNullPrototype: true });

const arbRecord: fc.Arbitrary<Omit<ModelRecord, 'id'>> = fc.record({
  name: arbText.filter((s) => s.trim() !== ''),
  organization: arbText,
  parameters: arbRichMeasured(1e-3, 1e15),
  trainingCompute: fc.record({ text: arbText, flop: arbRichMeasured(1e-3, 1e35) }, { noNullPrototype: true }),
  mmlu: arbRichMeasured(0, 100),
  gsm8k: arbRichMeasured(0, 100),
  costTier: arbRichMeasured(0, 7, true),
  notes: fc.array(arbSome, { maxLength: 3 }),
  sources: fc.array(arbSource, { maxLength: 3 }),
  importedFrom: opt(arbSome),
  extra: opt(arbExtra.filter((e) => Object.keys(e).length > 0)),
  attributes: opt(arbAttributes),
  highlight: opt(arbSome),
}, { noNullPrototype: true }).map(({ importedFrom, extra, attributes, highlight, ...m }) => ({
  ...m,
  ...(importedFrom === undefined ? {} : { importedFrom }),
  ...(extra === undefined ? {} : { extra }),
  ...(attributes === undefined ? {} : { attributes }),
  ...(highlight === undefined ? {} : { highlight }),
}));

/** Records with distinct names (as the importer compares them: trimmed, any case) and distinct ids. */
export const arbRecords: fc.Arbitrary<ModelRecord[]> = fc
  .uniqueArray(arbRecord, { minLength: 1, maxLength: 12, selector: (m) => m.name.trim().toLowerCase() })
  .chain((ms) => fc.uniqueArray(arbSome, { minLength: ms.length, maxLength: ms.length }).map((ids) => ms.map((m, i) => ({ ...m, id: ids[i]! }))));
