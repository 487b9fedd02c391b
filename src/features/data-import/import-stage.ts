// The stages of the import dialog.
import type { ExportFile } from '../../domain/export/json';
import type { ColumnChoice, Target } from '../../domain/import/column-mapping';
import type { DuplicatePolicy, ImportSummary } from '../../domain/import/rows-to-models';
import type { LoadedTable } from '../../lib/import-protocol';

export type Stage =
  | { kind: 'choose'; error?: string }
  | { kind: 'working'; label: string; done: number; total: number }
  /** `choices` are the user's answers per column; how a column is read is derived from them and the table's defaults. */
  | { kind: 'mapping'; table: LoadedTable; mapping: Target[]; choices: ColumnChoice[] }
  | { kind: 'review'; table: LoadedTable; mapping: Target[]; choices: ColumnChoice[]; result: ImportSummary; duplicates: DuplicatePolicy | 'stop' }
  | { kind: 'export'; file: ExportFile };
