// Column mapping: each header's field (editable), how its numbers are read, and a preview of the first rows as
// they will be read. A recognised format says so; our own CSV needs no mapping and shows only the preview.
import { FIELDS, displayValue } from '../../domain/fields';
import { TARGETS, TARGET_LABELS, applyChoices, type ColumnChoice, type Target } from '../../domain/import/column-mapping';
import { readOwnCsv } from '../../domain/import/formats/own-csv';
import { missingNameColumn, resolveImport, rowsToModels } from '../../domain/import/rows-to-models';
import type { RawTable } from '../../domain/import/table-text';
import type { LoadedTable } from '../../lib/import-protocol';
import { NumberReadings } from './NumberReadings';

interface Props {
  table: LoadedTable;
  mapping: Target[];
  choices: ColumnChoice[];
  fileName: string;
  onChange: (mapping: Target[], choices: ColumnChoice[]) => void;
}

/** Each preview row read on its own, exactly as the full import will read it. */
function readPreview(table: LoadedTable, mapping: Target[], choices: ColumnChoice[], fileName: string) {
  const readings = applyChoices(table.readings, choices);
  return table.preview.map((row) => {
    const one: RawTable = { headers: table.headers, rows: [row], format: table.format };
    const options = { mapping, readings, profiles: table.profiles, format: table.known?.id ?? null, fileName, duplicates: 'all' as const };
    const r = table.known?.id === 'model-mpg-csv' ? resolveImport(readOwnCsv(one), options) : rowsToModels(one, options);
    const error = r.problems.find((p) => p.severity === 'error');
    return { model: r.models[0], error: error && `${error.column}: ${error.message}` };
  });
}

export function MappingStep({ table, mapping, choices, fileName, onChange }: Props) {
  const own = table.known?.id === 'model-mpg-csv';
  const setTarget = (i: number, t: Target) => {
    // A field can come from one column only: the column that held it before goes back to "ignore".
    const next = mapping.map((m, j) => (j === i ? t : m === t && t !== 'ignore' ? 'ignore' : m));
    onChange(next, choices);
  };
  const choose = (i: number, c: ColumnChoice) => onChange(mapping, table.headers.map((_h, j) => (j === i ? { ...choices[j], ...c } : choices[j] ?? {})));
  const read = readPreview(table, mapping, choices, fileName);
  const missing = own ? null : missingNameColumn(mapping);

  return (
    <div className="import-step">
      <p>{table.rowCount.toLocaleString()} rows and {table.headers.length} columns read as {table.format.toUpperCase()}.{own ? '' : ' Check how each column will be read:'}</p>
      {table.known && (
        <p className="import-known"><strong>Recognised: {table.known.label}.</strong> Its columns and units are set for you: {table.known.summary}</p>
      )}
      {!own && (
        <>
          <div className="table-scroll mapping-scroll">
            <table className="mapping-table" aria-label="Column mapping">
              <thead><tr><th scope="col">Column in the file</th><th scope="col">Read as</th><th scope="col">First values</th></tr></thead>
              <tbody>
                {table.headers.map((h, i) => (
                  <tr key={`${h}-${i}`}>
                    <th scope="row">{h}</th>
                    <td>
                      <select aria-label={`Read column "${h}" as`} value={mapping[i]} onChange={(e) => setTarget(i, e.target.value as Target)}>
                        {TARGETS.map((t) => <option key={t} value={t}>{TARGET_LABELS[t]}</option>)}
                      </select>
                    </td>
                    <td className="sample-values">{table.preview.slice(0, 3).map((r) => r[i] ?? '').join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <NumberReadings headers={table.headers} mapping={mapping} profiles={table.profiles}
            readings={applyChoices(table.readings, choices)} onChoose={choose} />
        </>
      )}
      {missing && <p role="alert" className="import-error">{missing}</p>}
      <h3 className="import-subhead">Preview: the first rows as they will be read</h3>
      <div className="table-scroll">
        <table className="preview-table" aria-label="Import preview">
          <thead><tr><th scope="col">Row</th><th scope="col">Model</th><th scope="col">Organization</th><th scope="col">Parameters</th><th scope="col">MMLU</th><th scope="col">GSM8K</th><th scope="col">Cost tier</th><th scope="col">Problem</th></tr></thead>
          <tbody>
            {read.map(({ model: m, error }, r) => (
              <tr key={r}>
                <td>{r + 1}</td>
                <td>{m?.name ?? table.preview[r]?.[mapping.indexOf('name')] ?? ''}</td>
                <td>{m?.organization}</td>
                <td>{m && displayValue(FIELDS.parameters, m.parameters)}</td>
                <td>{m && displayValue(FIELDS.mmlu, m.mmlu)}</td>
                <td>{m && displayValue(FIELDS.gsm8k, m.gsm8k)}</td>
                <td>{m && displayValue(FIELDS.costTier, m.costTier)}</td>
                <td className="import-error">{error}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
