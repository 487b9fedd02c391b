// The check before importing: how many rows are valid, each problem by row and column, duplicate names and what
// to do with them, and whether to merge into the current dataset or load a new one.
import { describeProblem } from '../../domain/problems';
import type { DuplicatePolicy, ImportSummary } from '../../domain/import/rows-to-models';

const SHOW_PROBLEMS = 200;

interface Props {
  result: ImportSummary;
  duplicates: DuplicatePolicy | 'stop';
  onDuplicates: (p: DuplicatePolicy | 'stop') => void;
  mode: 'merge' | 'replace';
  onMode: (m: 'merge' | 'replace') => void;
  currentLabel: string;
}

export function ReviewStep({ result, duplicates, onDuplicates, mode, onMode, currentLabel }: Props) {
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  return (
    <div className="import-step">
      <p className="import-summary">
        <strong>{result.modelCount.toLocaleString()} of {result.totalRows.toLocaleString()} rows</strong> will be imported.
        {result.invalidRows > 0 && ` ${result.invalidRows.toLocaleString()} rows have errors and will be left out.`}
        {warnings.length > 0 && ` ${warnings.length.toLocaleString()} warnings.`}
      </p>
      {result.problems.length > 0 && (
        <details open={errors.length > 0} className="problems">
          <summary>Problems ({errors.length.toLocaleString()} errors, {warnings.length.toLocaleString()} warnings). Rows are counted from the first data row.</summary>
          <ul aria-label="Import problems">
            {result.problems.slice(0, SHOW_PROBLEMS).map((p, i) => (
              <li key={i} className={p.severity === 'error' ? 'import-error' : 'import-warning'}>
                {p.row > 0 ? describeProblem(p) : `${p.column}: ${p.message}`}
              </li>
            ))}
          </ul>
          {result.problems.length > SHOW_PROBLEMS && <p>…and {(result.problems.length - SHOW_PROBLEMS).toLocaleString()} more.</p>}
        </details>
      )}
      {result.duplicates.length > 0 && (
        <fieldset className="duplicates">
          <legend>{result.duplicates.length.toLocaleString()} names appear more than once</legend>
          <p className="dup-list">
            {result.duplicates.slice(0, 8).map((d) => `${d.name} (rows ${d.rows.slice(0, 5).join(', ')}${d.existing ? ', and already in the dataset' : ''})`).join('; ')}
            {result.duplicates.length > 8 && '; …'}
          </p>
          {([['first', 'Keep the first of each'], ['all', 'Keep all, numbering repeats ("name (2)")'], ['stop', 'Stop: I will fix the file']] as const).map(([v, label]) => (
            <label key={v} className="check">
              <input type="radio" name="duplicates" value={v} checked={duplicates === v} onChange={() => onDuplicates(v)} />
              {label}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="import-mode">
        <legend>How to load the rows</legend>
        <label className="check">
          <input type="radio" name="mode" value="merge" checked={mode === 'merge'} onChange={() => onMode('merge')} />
          Merge into "{currentLabel}", marked as imported
        </label>
        <label className="check">
          <input type="radio" name="mode" value="replace" checked={mode === 'replace'} onChange={() => onMode('replace')} />
          Load as a new dataset
        </label>
      </fieldset>
    </div>
  );
}
