// Column mapping: each header's field (editable), the units of parameters and scores, and a preview of the first
// rows as they will be read.
import { FIELDS, displayValue } from '../../domain/fields';
import { TARGETS, TARGET_LABELS, type Target, type Units } from '../../domain/import/column-mapping';
import { missingNameColumn, rowsToModels } from '../../domain/import/rows-to-models';
import type { LoadedTable } from '../../lib/import-protocol';

interface Props {
  table: LoadedTable;
  mapping: Target[];
  units: Units;
  fileName: string;
  onChange: (mapping: Target[], units: Units) => void;
}

export function MappingStep({ table, mapping, units, fileName, onChange }: Props) {
  const setTarget = (i: number, t: Target) => {
    // A field can come from one column only: the column that held it before goes back to "ignore".
    const next = mapping.map((m, j) => (j === i ? t : m === t && t !== 'ignore' ? 'ignore' : m));
    onChange(next, units);
  };
  // Each preview row is read on its own, exactly as the full import will read it.
  const read = table.preview.map((row) => {
    const r = rowsToModels({ headers: table.headers, rows: [row], format: table.format }, { mapping, units, fileName, duplicates: 'all' });
    const error = r.problems.find((p) => p.severity === 'error');
    return { model: r.models[0], error: error && `${error.column}: ${error.message}` };
  });
  const missing = missingNameColumn(mapping);

  return (
    <div className="import-step">
      <p>{table.rowCount.toLocaleString()} rows and {table.headers.length} columns read as {table.format.toUpperCase()}. Check how each column will be read:</p>
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
      <fieldset className="units">
        <legend>Units</legend>
        <label className="control control-inline">
          <span>Parameters are</span>
          <select value={units.parameters} onChange={(e) => onChange(mapping, { ...units, parameters: e.target.value as Units['parameters'] })}>
            <option value="count">raw counts (70000000000)</option>
            <option value="billions">billions (70 = 70B)</option>
          </select>
        </label>
        {(['mmlu', 'gsm8k'] as const).map((k) => (
          <label key={k} className="control control-inline">
            <span>{FIELDS[k].label} scores are</span>
            <select value={units[k]} onChange={(e) => onChange(mapping, { ...units, [k]: e.target.value as Units['mmlu'] })}>
              <option value="percent">percent (86.4)</option>
              <option value="fraction">fractions (0.864)</option>
            </select>
          </label>
        ))}
      </fieldset>
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
