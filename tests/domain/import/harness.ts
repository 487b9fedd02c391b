// The importer as a user meets it, through the entry points the worker uses, for the table of the examples.
// Kept to one small interface so the same tests can be pointed at an earlier importer to see which fail there.
import type { ColumnChoice } from '../../../src/domain/import/column-mapping';
import { applyChoices, openQuestions } from '../../../src/domain/import/column-mapping';
import { decodeText } from '../../../src/domain/import/decode';
import { summariseProblems } from '../../../src/domain/import/problem-summary';
import { checkRows, prepareTable } from '../../../src/domain/import/prepare';
import { resolveImport } from '../../../src/domain/import/rows-to-models';
import { parseTableText } from '../../../src/domain/import/table-text';
import { uniqueIds } from '../../../src/domain/datasets/build-record';
import type { ModelRecord } from '../../../src/domain/model';
import type { CellProblem } from '../../../src/domain/problems';

export interface Imported {
  ok: boolean;
  /** Why nothing was read (a file-level message), when not ok. */
  reason?: string;
  models: ModelRecord[];
  problems: CellProblem[];
  /** The review's first lines. */
  summary: string[];
  /** Columns the user must decide on before anything is imported, by header. */
  questions: string[];
  totalRows: number;
}

/** Imports text with the guessed mapping and the given answers (by column index); questions left open import nothing. */
export function importFile(text: string, choices: Record<number, ColumnChoice> = {}): Imported {
  const parsed = parseTableText(text);
  if (!parsed.ok) return { ok: false, reason: parsed.reason, models: [], problems: [], summary: [], questions: [], totalRows: 0 };
  if (parsed.kind === 'export') return { ok: true, models: parsed.file.models, problems: [], summary: [], questions: [], totalRows: parsed.file.models.length };
  const t = parsed.table;
  const prepared = prepareTable(t);
  const readings = applyChoices(prepared.readings, t.headers.map((_h, i) => choices[i]));
  const questions = prepared.known?.id === 'model-mpg-csv' ? [] : openQuestions(prepared.mapping, readings, prepared.profiles).map((q) => t.headers[q.column]!);
  if (questions.length) return { ok: true, models: [], problems: [], summary: [], questions, totalRows: t.rows.length };
  const checked = checkRows(t, prepared, { mapping: prepared.mapping, readings, fileName: 'f.csv' });
  if (!checked.ok) return { ok: false, reason: checked.reason, models: [], problems: [], summary: [], questions, totalRows: t.rows.length };
  const r = resolveImport(checked.rows, { mapping: prepared.mapping, readings, fileName: 'f.csv', duplicates: 'all' });
  return { ok: true, models: r.models, problems: r.problems, summary: summariseProblems(r.problems).map((l) => l.text), questions, totalRows: r.totalRows };
}

export function decodeBytes(bytes: Uint8Array): { ok: boolean; reason?: string; text?: string } {
  return decodeText(bytes);
}

export const idsFor = (names: readonly string[]) => uniqueIds(names);
