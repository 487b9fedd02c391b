// The "Dataset" select, built-in and imported datasets, and "Remove…" beside it for imported data in the open one.
// A built-in dataset whose file is still on its way shows as chosen while the data already open stays open.
import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { BUILT_IN_DATASETS, filesNeeded } from '../../domain/datasets';
import { selectDatasetId } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { describeRemoval } from './removal';

export function DatasetSelect() {
  const datasetId = useAppStore(selectDatasetId);
  const pendingId = useAppStore((s) => s.pendingDatasetId);
  const requestDataset = useAppStore((s) => s.requestDataset);
  // A chosen dataset shows as chosen while its file comes; once it has failed, the select shows what is open.
  const pendingFailed = useAppStore((s) => (s.pendingDatasetId ? filesNeeded(s.pendingDatasetId).some((f) => s.dataFiles[f]?.status === 'failed') : false));
  const userDatasets = useAppStore((s) => s.userDatasets);
  const merges = useAppStore((s) => s.merges);
  const ready = useAppStore((s) => s.userDataReady);
  const removeImported = useAppStore((s) => s.removeImported);
  const [confirming, setConfirming] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  const known = BUILT_IN_DATASETS.some((d) => d.id === datasetId) || userDatasets.some((d) => d.id === datasetId);
  const removal = describeRemoval(datasetId, { userDatasets, merges });
  const close = () => setConfirming(false);
  return (
    <div className="dataset-picker">
      <label className="field">
        <span className="field-label">Dataset</span>
        <select ref={select} value={pendingId && !pendingFailed ? pendingId : datasetId} onChange={(e) => requestDataset(e.target.value)}>
          {BUILT_IN_DATASETS.map((d) => (
            <option key={d.id} value={d.id}>{d.label}</option>
          ))}
          {userDatasets.map((d) => (
            <option key={d.id} value={d.id}>{d.label}</option>
          ))}
          {!known && <option value={datasetId}>{ready ? `${datasetId} (not in this browser)` : 'Your imported data (loading…)'}</option>}
        </select>
      </label>
      {removal && (
        <button type="button" className="btn" aria-haspopup="dialog" onClick={() => setConfirming(true)}>Remove…</button>
      )}
      {confirming && removal && (
        <ConfirmDialog
          title={removal.title} confirmLabel={removal.confirm} onCancel={close} onClosed={() => select.current?.focus()} destructive
          onConfirm={() => {
            removeImported(datasetId, removal.label);
            close();
          }}
        >
          <p>{removal.body}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
