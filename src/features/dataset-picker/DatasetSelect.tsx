// The "Dataset" select: switches between the built-in and imported datasets; one whose file is still on its way
// shows as chosen while the data already open stays open.
import { BUILT_IN_DATASETS, filesNeeded } from '../../domain/datasets';
import { selectDatasetId } from '../../store/selectors';
import { useAppStore } from '../../store/store';

export function DatasetSelect() {
  const datasetId = useAppStore(selectDatasetId);
  const pendingId = useAppStore((s) => s.pendingDatasetId);
  const requestDataset = useAppStore((s) => s.requestDataset);
  // A chosen dataset shows as chosen while its file comes; once it has failed, the select shows what is open.
  const pendingFailed = useAppStore((s) => (s.pendingDatasetId ? filesNeeded(s.pendingDatasetId).some((f) => s.dataFiles[f]?.status === 'failed') : false));
  const userDatasets = useAppStore((s) => s.userDatasets);
  const known = BUILT_IN_DATASETS.some((d) => d.id === datasetId) || userDatasets.some((d) => d.id === datasetId);
  return (
    <label className="field">
      <span className="field-label">Dataset</span>
      <select value={pendingId && !pendingFailed ? pendingId : datasetId} onChange={(e) => requestDataset(e.target.value)}>
        {BUILT_IN_DATASETS.map((d) => (
          <option key={d.id} value={d.id}>{d.label}</option>
        ))}
        {userDatasets.map((d) => (
          <option key={d.id} value={d.id}>{d.label}</option>
        ))}
        {!known && <option value={datasetId}>{datasetId} (not on this device)</option>}
      </select>
    </label>
  );
}
