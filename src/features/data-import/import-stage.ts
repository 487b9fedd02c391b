// The stages of the import dialog.
import type { ExportFile } from '../../domain/export/json';
import type { Target, Units } from '../../domain/import/column-mapping';
import type { DuplicatePolicy, ImportSummary } from '../../domain/import/rows-to-models';
import type { LoadedTable } from '../../lib/import-protocol';

export type Stage =
  | { kind: 'choose'; error?: string }
  | { kind: 'working'; label: string; done: number; total: number }
  | { kind: 'mapping'; table: LoadedTable; mapping: Target[]; units: Units }
  | { kind: 'review'; table: LoadedTable; mapping: Target[]; units: Units; result: ImportSummary; duplicates: DuplicatePolicy | 'stop' }
  | { kind: 'export'; file: ExportFile };
