// Model MPG's own JSON export, recognised by its "type" field and validated whole, like any other input: ranges,
// known tiers, unique ids. The schema and the reader live beside the writer (export/json), so the two never drift.
import { isOwnExport, parseExportFile, type ExportParse } from '../../export/json';

export const isOwnJson = isOwnExport;

export function readOwnJson(value: unknown): ExportParse {
  return parseExportFile(value);
}
