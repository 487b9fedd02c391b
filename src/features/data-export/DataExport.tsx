// "Export CSV" / "Export JSON" of the visible models, or of all models in the dataset.
import { useState } from 'react';
import { downloadBlob } from '../../lib/download';
import { useAllModels, useDatasetLoad, useVisibleModels } from '../../store/derived';

export function DataExport() {
  const [all, setAll] = useState(false);
  const [status, setStatus] = useState('');
  const load = useDatasetLoad();
  const everything = useAllModels();
  const visible = useVisibleModels();
  if (!load.ok) return null;
  const models = all ? everything : visible;
  const base = `${load.dataset.id}${all ? '' : '-visible'}`;

  const save = async (kind: 'csv' | 'json') => {
    // The formats load on first use; they are not needed to look at the data.
    const blob = kind === 'csv'
      ? new Blob([(await import('../../domain/export/csv')).modelsToCsv(models)], { type: 'text/csv;charset=utf-8' })
      : new Blob([(await import('../../domain/export/json')).modelsToJson(load.dataset, models)], { type: 'application/json' });
    downloadBlob(blob, `${base}.${kind}`);
    setStatus(`Saved ${base}.${kind} (${models.length} models)`);
  };

  return (
    <fieldset className="data-export">
      <legend className="data-export-label">Data behind the charts</legend>
      <button type="button" className="btn" onClick={() => void save('csv')}>Export CSV</button>
      <button type="button" className="btn" onClick={() => void save('json')}>Export JSON</button>
      <label className="check">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
        All {everything.length} models, ignoring filters and toggles
      </label>
      <output aria-live="polite" className="export-status">{status}</output>
    </fieldset>
  );
}
