// Messages between the page and the import worker.
import type { ExportFile } from '../domain/export/json';
import type { ColumnReading, Target } from '../domain/import/column-mapping';
import type { ColumnProfile } from '../domain/import/column-profile';
import type { FormatInfo } from '../domain/import/formats/types';
import type { DuplicatePolicy, ImportSummary } from '../domain/import/rows-to-models';
import type { RawTable } from '../domain/import/table-text';
import type { ModelColumns } from '../domain/model-columns';

export type ToWorker =
  | { type: 'load'; file?: File; text?: string }
  | { type: 'validate'; mapping: Target[]; readings: ColumnReading[]; fileName: string; duplicates: DuplicatePolicy; existingNames: string[]; existingIds: string[] }
  /** Sends the models of the last validation, in slices, then "taken". */
  | { type: 'take' }
  /** The session ended: drop the file and its rows (the worker is kept for the next import). */
  | { type: 'reset' };

export interface LoadedTable {
  headers: string[];
  preview: string[][];
  rowCount: number;
  format: RawTable['format'];
  /** A format recognised by its headers, whose columns and rules are preset. */
  known: FormatInfo | null;
  mapping: Target[];
  /** What each column's values say about their decimal mark and scale. */
  profiles: ColumnProfile[];
  /** How each column is read unless the user says otherwise. */
  readings: ColumnReading[];
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
