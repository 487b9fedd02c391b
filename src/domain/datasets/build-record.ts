// Turns a raw built-in row into a validated ModelRecord, reporting every cell that does not parse.
import { annotate, type Measured, type ParseResult } from '../measured';
import { idAllocator, slugify, type ModelRecord } from '../model';
import { parseCostTier } from '../cost-tier';
import { applyEpochConfidence } from '../import/formats/epoch';
import { parseTrainingCompute } from '../parse-compute';
import { parseDate } from '../parse-date';
import { parsePercent } from '../parse-percent';
import { parseParameters } from '../parse-parameters';
import type { CellProblem } from '../problems';
import type { RawModelRow } from './raw-row';

export type BuildResult = { ok: true; record: ModelRecord } | { ok: false; problems: CellProblem[] };

function cell(
  result: ParseResult<Measured>, rowNumber: number, column: string, raw: string, problems: CellProblem[],
): Measured {
  if (result.ok) return result.data;
  problems.push({ row: rowNumber, column, raw, message: result.reason, severity: 'error' });
  return { value: null, raw, status: 'missing' };
}

function parametersOf(row: RawModelRow): ParseResult<Measured> {
  // extended_models.csv leaves params_b empty and writes "undisclosed" in its note column.
  if (row.parameters.trim() === '' && row.parametersNote && /^undisclosed/i.test(row.parametersNote)) {
    const rest = row.parametersNote.replace(/^undisclosed\s*/i, '').replace(/^\((.*)\)$/, '$1');
    return { ok: true, data: { value: null, raw: '', status: 'undisclosed', ...(rest ? { note: rest } : {}) } };
  }
  const parsed = parseParameters(row.parameters, row.parameterUnit ?? 'count');
  if (!parsed.ok || !row.parametersNote || row.parametersNote === parsed.data.raw) return parsed;
  return { ok: true, data: annotate(parsed.data, { note: row.parametersNote }) };
}

export function buildRecord(row: RawModelRow, rowNumber: number, id = slugify(row.name)): BuildResult {
  const problems: CellProblem[] = [];
  if (!row.name.trim()) problems.push({ row: rowNumber, column: 'Model', raw: row.name, message: 'the model has no name', severity: 'error' });
  const notes = row.cellNotes ?? {};
  const withSource = (m: Measured, note?: string) =>
    m.status === 'missing' && !m.raw ? m : annotate(m, { ...(note ? { note } : {}), source: row.valueSource });

  const parameters = withSource(cell(parametersOf(row), rowNumber, 'Parameters', row.parameters, problems), notes.parameters);
  const mmlu = withSource(cell(parsePercent(row.mmlu), rowNumber, 'MMLU', row.mmlu, problems), notes.mmlu);
  const gsm8k = withSource(cell(parsePercent(row.gsm8k), rowNumber, 'GSM8K', row.gsm8k, problems), notes.gsm8k);
  const costTier = withSource(cell(parseCostTier(row.costTier), rowNumber, 'Inference cost', row.costTier, problems), notes.costTier);

  const compute = parseTrainingCompute(row.trainingComputeText, row.flop);
  if (!compute.ok) problems.push({ row: rowNumber, column: 'Training compute (FLOP)', raw: row.flop?.raw ?? '', message: compute.reason, severity: 'error' });
  const trainingCompute = compute.ok ? compute.data : { text: row.trainingComputeText, flop: { value: null, raw: row.flop?.raw ?? '', status: 'missing' as const } };
  if (row.flop?.confidence) trainingCompute.flop = applyEpochConfidence(trainingCompute.flop, row.flop.confidence);
  if (notes.trainingCompute) trainingCompute.flop = annotate(trainingCompute.flop, { note: notes.trainingCompute });
  const released = row.released && cell(parseDate(row.released.raw), rowNumber, 'Release date', row.released.raw, problems);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    record: {
      id, name: row.name, organization: row.organization,
      parameters, trainingCompute, mmlu, gsm8k, costTier,
      notes: [...(notes.name ? [notes.name] : []), ...(row.notes ?? [])],
      sources: row.sources,
      ...(released && row.released ? { extra: { releaseDate: annotate(released, { note: row.released.note, source: row.released.source }) } } : {}),
    },
  };
}

/** Unique ids for a list of names: "gemma", "gemma-2", ... so duplicates never collide. */
export function uniqueIds(names: readonly string[]): string[] {
  const allocate = idAllocator();
  return names.map((name) => allocate(slugify(name)));
}
