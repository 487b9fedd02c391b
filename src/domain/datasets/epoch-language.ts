// Epoch AI's notable language models as a built-in dataset: sizes and training compute read by the importer's Epoch
// rules (Confidence → status, the word kept), Epoch's notes on each value, publication dates, and links as sources.
import { formatInteger } from '../format';
import { annotate, type Measured } from '../measured';
import { idAllocator, slugify, type Dataset, type ModelRecord, type Source } from '../model';
import { parseDate } from '../parse-date';
import type { CellProblem } from '../problems';
import type { DatasetLoad } from './index';
import type { DataPayload } from './payload';
import { payloadRows } from './read-payload';
import { withPrices } from './prices';
import { readWithImporter } from './read-with-importer';
import { EPOCH_CREDIT, EPOCH_DATASET } from './sources';

const IMPORTER_HEADERS = ['Model', 'Organization', 'Parameters', 'Training compute (FLOP)', 'Confidence', 'Link'];

const links = (text: string) => text.split(/[\s,;]+/).filter((u) => /^https?:\/\/./.test(u));

/** Epoch's note on a value, after the importer's own note (the confidence word), with the model's link as its source. */
function withEpochNote(m: Measured, note: string, source: string): Measured {
  const n = note.trim();
  const given = m.status !== 'missing' || m.raw !== '';
  if (!n && !given) return m;
  return annotate(m, { ...(n ? { note: n } : {}), ...(given ? { source } : {}) });
}

export function buildEpochLanguage(p: DataPayload, meta: Omit<Dataset, 'models' | 'notes'>): DatasetLoad {
  const col = (name: string) => p.columns[name]!;
  const all = Array.from({ length: p.rows }, (_, r) => r);
  const read = readWithImporter(IMPORTER_HEADERS, payloadRows(p, IMPORTER_HEADERS, all), 'epoch-notable-models', p.source.file);
  if (!read.ok) return read;
  const problems: CellProblem[] = [];
  const allocate = idAllocator();
  const models: ModelRecord[] = read.rows.map(({ row, model }) => {
    const r = row - 1;
    const urls = links(col('Link')[r]!);
    const cite = urls[0] ?? EPOCH_CREDIT;
    const reference = col('Reference')[r]!.trim();
    const sources: Source[] = [EPOCH_DATASET, ...urls.map((url, i) => ({ title: i === 0 && reference ? reference : url, url }))];
    const published = parseDate(col('Publication date')[r]!);
    if (!published.ok) problems.push({ row, column: 'Publication date', raw: col('Publication date')[r]!, message: published.reason, severity: 'error' });
    const domain = col('Domain')[r]!.trim();
    return {
      id: allocate(slugify(model.name)), name: model.name, organization: model.organization,
      parameters: withEpochNote(model.parameters, col('Parameters notes')[r]!, cite),
      trainingCompute: { text: '', flop: withEpochNote(model.trainingCompute.flop, col('Training compute notes')[r]!, cite) },
      mmlu: model.mmlu, gsm8k: model.gsm8k, costTier: model.costTier,
      notes: [], sources,
      ...(published.ok && published.data.value !== null ? { extra: { releaseDate: { ...published.data, note: 'publication date (Epoch AI)', source: EPOCH_CREDIT } } } : {}),
      ...(domain ? { attributes: { domain } } : {}),
    };
  });
  if (problems.length) return { ok: false, problems };
  const priced = withPrices(models, 'epoch');
  return { ok: true, dataset: { ...meta, models: priced, notes: epochNotes(p, priced) } };
}

function epochNotes(p: DataPayload, models: readonly ModelRecord[]): string[] {
  const n = formatInteger;
  const words = new Map<string, number>();
  for (const w of p.columns.Confidence!) words.set(w.trim() || 'not stated', (words.get(w.trim() || 'not stated') ?? 0) + 1);
  const counts = [...words].sort((a, b) => b[1] - a[1]).map(([w, c]) => `${n(c)} ${w}`).join(', ');
  const priced = models.filter((m) => m.extra?.priceInput).length;
  return [
    `${n(p.rows)} of Epoch AI's ${n(p.source.rows)} notable models: those whose Domain includes Language (multimodal models such as GPT-4 and GPT-4o count).`,
    `Epoch's Confidence read as on import: Confident is reported; Likely, Speculative and Unknown make the size and compute estimates, with the word in the value's note (${counts}). Epoch's notes on each value are kept beside it.`,
    `Dates are Epoch's publication dates. Epoch gives no benchmark scores: chart size, compute and dates. ${n(priced)} models have prices per million tokens from LiteLLM (see the match table in public/data/README.md).`,
  ];
}
