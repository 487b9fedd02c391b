// "Export CSV" / "Export JSON" of the visible models, or of all models in the dataset. The CSV adds what the app
// computes (the efficiency metrics, and the active chart's Pareto flag) as derived_* columns, which an import ignores.
import { useState } from 'react';
import { downloadBlob } from '../../lib/download';
import { chartDerivations, useAllModels, useDatasetLoad, useVisibleModels } from '../../store/derived';
import { selectActiveChartId, selectCharts } from '../../store/selectors';
import { useAppStore } from '../../store/store';

export function DataExport() {
  const [all, setAll] = useState(false);
  const [status, setStatus] = useState('');
  const load = useDatasetLoad();
  const everything = useAllModels();
  const visible = useVisibleModels();
  const charts = useAppStore(selectCharts);
  const activeChartId = useAppStore(selectActiveChartId);
  if (!load.ok) return null;
  const models = all ? everything : visible;
  const base = `${load.dataset.id}${all ? '' : '-visible'}`;

  const save = async (kind: 'csv' | 'json') => {
    // The formats load on first use; they are not needed to look at the data.
    let blob: Blob;
    if (kind === 'csv') {
      // The table's Pareto column: the active chart's frontier over the visible models; no flag for the others, nor
      // for a model whose value on either axis cannot place it.
      const chart = chartDerivations(visible, charts).get(activeChartId);
      const considered = new Map(visible.map((m) => [m.id, m]));
      const pareto = chart && {
        chart: chart.plot.title.toLowerCase(),
        flag: (id: string) => {
          const model = considered.get(id);
          return model ? chart.paretoOf(model) : undefined;
        },
      };
      blob = new Blob([(await import('../../domain/export/csv')).modelsToCsv(models, { pareto })], { type: 'text/csv;charset=utf-8' });
    } else {
      blob = new Blob([(await import('../../domain/export/json')).modelsToJson(load.dataset, models)], { type: 'application/json' });
    }
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
