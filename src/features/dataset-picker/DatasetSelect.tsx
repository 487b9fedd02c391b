// The "Dataset" select: switches between the built-in datasets.
import { BUILT_IN_DATASETS } from '../../domain/datasets';
import { selectDatasetId } from '../../store/selectors';
import { useAppStore } from '../../store/store';

export function DatasetSelect() {
  const datasetId = useAppStore(selectDatasetId);
  const setDataset = useAppStore((s) => s.setDataset);
  const userDatasets = useAppStore((s) => s.userDatasets);
  const known = BUILT_IN_DATASETS.some((d) => d.id === datasetId) || userDatasets.some((d) => d.id === datasetId);
  return (
    <label className="field">
      <span className="field-label">Dataset</span>
      <select value={datasetId} onChange={(e) => setDataset(e.target.value)}>
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
