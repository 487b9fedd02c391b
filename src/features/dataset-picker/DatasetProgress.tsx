// A built-in dataset on its way: how much of its file has arrived, in a progress bar and a status line; or why it
// could not be loaded, with a retry. While a chosen dataset loads, the data already open stays open.
import { BUILT_IN_DATASETS, filesNeeded } from '../../domain/datasets';
import type { PayloadId } from '../../domain/datasets/payload';
import type { FileProgress } from '../../store/builtin-data-slice';
import { useAppStore } from '../../store/store';

const kB = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} kB`;

function amount(p: FileProgress | undefined): string {
  if (!p || p.received === 0) return 'starting';
  return p.total ? `${kB(p.received)} of ${kB(p.total)}` : kB(p.received);
}

export function DatasetProgress() {
  const datasetId = useAppStore((s) => s.datasetId);
  const pendingId = useAppStore((s) => s.pendingDatasetId);
  const files = useAppStore((s) => s.dataFiles);
  const progress = useAppStore((s) => s.dataFileProgress);
  const retry = useAppStore((s) => s.retryFile);
  const dismiss = useAppStore((s) => s.dismissPending);
  const waitingId = pendingId ?? (filesNeeded(datasetId).some((f) => files[f]?.status !== 'loaded') ? datasetId : null);
  if (!waitingId) return null;
  const label = BUILT_IN_DATASETS.find((d) => d.id === waitingId)?.label ?? waitingId;
  const needed = filesNeeded(waitingId);
  const failed = needed.find((f) => files[f]?.status === 'failed');
  if (failed) {
    const state = files[failed];
    return (
      <div role="alert" className="notice notice-error dataset-progress">
        <p>
          Could not load “{label}”: {state?.status === 'failed' ? state.reason : 'unknown error'}.{' '}
          {pendingId ? 'The data already open stays open.' : 'Choose another dataset above, or retry.'}
        </p>
        <div className="dataset-progress-actions">
          <button type="button" className="btn" onClick={() => retry(failed)}>Retry</button>
          {pendingId && <button type="button" className="btn-ghost" onClick={dismiss}>Keep the current data</button>}
        </div>
      </div>
    );
  }
  const loading = needed.find((f): f is PayloadId => files[f]?.status !== 'loaded') ?? needed[0]!;
  const p = progress[loading];
  const fraction = p?.total ? Math.min(1, p.received / p.total) : undefined;
  const done = p?.total !== null && p?.total !== undefined && p.received >= p.total;
  return (
    <div className="notice dataset-progress">
      {/* The status text changes at its two steps only, so a screen reader is not told of every chunk. */}
      <output className="dataset-progress-text">
        {done ? `Reading the models of “${label}”…` : `Loading “${label}”…`}
        {pendingId ? ' The data already open stays open until it has loaded.' : ''}
      </output>
      <div className="dataset-progress-bar">
        <progress aria-label={`Download of “${label}”`} max={1} value={fraction} />
        <span className="dataset-progress-amount" aria-hidden="true">{amount(p)}</span>
        {pendingId && <button type="button" className="btn-ghost" onClick={dismiss}>Cancel</button>}
      </div>
    </div>
  );
}
