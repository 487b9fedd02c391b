// The check before importing: how many rows are valid, the problems counted by kind, then row by row (and all of
// them as a CSV file), duplicate names and what to do with them, and whether to merge or load a new dataset.
import { listedProblems, problemsToCsv, summariseProblems } from '../../domain/import/problem-summary';
import type { DuplicatePolicy, ImportSummary } from '../../domain/import/rows-to-models';
import { describeProblem } from '../../domain/problems';
import { downloadBlob } from '../../lib/download';

const SHOW_PROBLEMS = 200;

interface Props {
  result: ImportSummary;
  fileName: string;
  duplicates: DuplicatePolicy | 'stop';
  onDuplicates: (p: DuplicatePolicy | 'stop') => void;
  mode: 'merge' | 'replace';
  onMode: (m: 'merge' | 'replace') => void;
  currentLabel: string;
}

export function ReviewStep({ result, fileName, duplicates, onDuplicates, mode, onMode, currentLabel }: Props) {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const summary = summariseProblems(result.problems);
  const listed = listedProblems(result.problems);
  const download = () => downloadBlob(new Blob([problemsToCsv(result.problems)], { type: 'text/csv;charset=utf-8' }), `${fileName.replace(/\.[^.]*$/, '')}-problems.csv`);
  return (
    <div className="import-step">
      <p className="import-summary">
        <strong>{result.modelCount.toLocaleString()} of {result.totalRows.toLocaleString()} rows</strong> will be imported.
        {result.invalidRows > 0 && ` ${result.invalidRows.toLocaleString()} ${result.invalidRows === 1 ? 'row has errors' : 'rows have errors'} and will be left out.`}
        {warnings > 0 && ` ${warnings.toLocaleString()} ${warnings === 1 ? 'warning' : 'warnings'}.`}
      </p>
      {summary.length > 0 && (
        <ul className="problem-summary" aria-label="Problems by kind">
          {summary.map((line) => (
            <li key={`${line.kind}-${line.text}`} className={line.severity === 'error' ? 'import-error' : 'import-warning'}>{line.text}</li>
          ))}
        </ul>
      )}
      {result.problems.length > 0 && (
        <details open={errors > 0} className="problems">
          <summary>Problems row by row ({errors.toLocaleString()} errors, {warnings.toLocaleString()} warnings). Rows are counted from the first data row; lines are the file's.</summary>
          {listed.length < result.problems.length && (
            <p className="hint">{(result.problems.length - listed.length).toLocaleString()} problems said in full by the lines above are only in the downloaded list.</p>
          )}
          <ul aria-label="Import problems">
            {listed.slice(0, SHOW_PROBLEMS).map((p, i) => (
              <li key={i} className={p.severity === 'error' ? 'import-error' : 'import-warning'}>{describeProblem(p)}</li>
            ))}
          </ul>
          {listed.length > SHOW_PROBLEMS && <p>…and {(listed.length - SHOW_PROBLEMS).toLocaleString()} more in the downloaded list.</p>}
        </details>
      )}
      {result.problems.length > 0 && (
        <p><button type="button" className="btn-link" onClick={download}>Download all {result.problems.length.toLocaleString()} problems (CSV)</button></p>
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
