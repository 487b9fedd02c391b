// Messages between the page and the import worker.
import type { ExportFile } from '../domain/export/json';
import type { Target, Units } from '../domain/import/column-mapping';
import type { DuplicatePolicy, ImportSummary } from '../domain/import/rows-to-models';
import type { RawTable } from '../domain/import/table-text';
import type { ModelColumns } from '../domain/model-columns';

export type ToWorker =
  | { type: 'load'; file?: File; text?: string }
  | { type: 'validate'; mapping: Target[]; units: Units; fileName: string; duplicates: DuplicatePolicy; existingNames: string[]; existingIds: string[] }
  /** Sends the models of the last validation, in slices, then "taken". */
  | { type: 'take' }
  /** The session ended: drop the file and its rows (the worker is kept for the next import). */
  | { type: 'reset' };

export interface LoadedTable {
  headers: string[];
  preview: string[][];
  rowCount: number;
  format: RawTable['format'];
  mapping: Target[];
  units: Units;
}

export type FromWorker =
  | { type: 'progress'; phase: 'reading' | 'parsing' | 'validating'; done: number; total: number }
  | { type: 'loaded'; ok: true; kind: 'table'; table: LoadedTable }
  | { type: 'loaded'; ok: true; kind: 'export'; file: ExportFile }
  | { type: 'loaded'; ok: false; reason: string }
  /** A slice of the validated models, packed (domain/model-columns). */
  | { type: 'models'; packed: ModelColumns }
  | { type: 'validated'; result: ImportSummary }
  | { type: 'taken' }
  | { type: 'failed'; reason: string };
