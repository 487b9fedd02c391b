// Describes the open dataset, its sources and notes; if it failed validation, lists each problem by row and column.
import { useMemo } from 'react';
import { importedLine } from '../../domain/imported-line';
import { describeProblem } from '../../domain/problems';
import { useDatasetLoad } from '../../store/derived';
import { selectUserDataPending } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { DatasetProgress } from './DatasetProgress';

export function DatasetNotice() {
  const load = useDatasetLoad();
  const models = load.ok ? load.dataset.models : null;
  const imported = useMemo(() => (models ? importedLine(models) : null), [models]);
  const waiting = useAppStore(selectUserDataPending);
  if (!load.ok && waiting) return <output className="dataset-description">Loading your imported data…</output>;
  if (!load.ok && load.waiting) return <DatasetProgress />;
  if (!load.ok) {
    return (
      <div role="alert" className="notice notice-error">
        <p>This dataset did not pass validation, so it was not loaded:</p>
        <ul>{load.problems.map((p) => <li key={describeProblem(p)}>{describeProblem(p)}</li>)}</ul>
      </div>
    );
  }
  const { dataset } = load;
  return (
    <>
      <DatasetProgress />
      <p className="dataset-description">
        {dataset.description}{' '}
        <span className="dataset-sources">Sources: {dataset.sources.map((s) => s.citation ?? s.title).join('; ')}.</span>
        {imported && <> <strong className="dataset-imported">{imported}</strong></>}
      </p>
      {dataset.notes?.length ? (
        <details className="dataset-notes">
          <summary>About this dataset: {dataset.notes.length} notes on how it was read</summary>
          <ul>{dataset.notes.map((n) => <li key={n}>{n}</li>)}</ul>
        </details>
      ) : null}
    </>
  );
}
