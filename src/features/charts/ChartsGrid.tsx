// The charts, the selection bar and "Add chart". Everything the charts draw follows the controls in one deferred
// render: legend, marks and "Not plotted" never disagree. Colours come from each organisation's name alone.
import { memo, useDeferredValue, useMemo } from 'react';
import { PanelBoundary } from '../../components/ui/PanelBoundary';
import { proposeChart } from '../../domain/chart/default-charts';
import type { ModelRecord, Source } from '../../domain/model';
import { groupByOrganization } from '../../domain/organizations';
import { chartDerivations, useAllModels, useDatasetLoad, useFilterOutcome, useHiddenSet, useVisibleModels } from '../../store/derived';
import { selectCharts, selectUserDataPending } from '../../store/selectors';
import { resetView, useAppStore } from '../../store/store';
import { MAX_CHARTS, type ChartSpec } from '../../store/view-slice';
import { ChartsPlaceholder } from './ChartsPlaceholder';
import { ScatterPanel } from './ScatterPanel';
import { SelectionBar } from './SelectionBar';

const NO_SOURCES: readonly Source[] = [];

export function ChartsGrid() {
  const pending = useAppStore(selectUserDataPending);
  // Until saved data is read, the charts would draw an empty dataset only to draw again at once; the notice
  // above says what is loading. The panels mount when the data is there.
  if (pending) return <ChartsPlaceholder />;
  return <DeferredCharts />;
}

function DeferredCharts() {
  const all = useAllModels();
  const load = useDatasetLoad();
  const sources = load.ok ? load.dataset.sources : NO_SOURCES;
  const datasetId = load.ok ? load.dataset.id : '';
  const filtered = useFilterOutcome().models;
  const hidden = useHiddenSet();
  const visible = useVisibleModels();
  const charts = useAppStore(selectCharts);
  const live = useMemo(() => ({ all, datasetId, sources, filtered, hidden, visible, charts }), [all, datasetId, sources, filtered, hidden, visible, charts]);
  return <ChartsView {...useDeferredValue(live)} />;
}

/** Adds the best-covered pair of fields that no chart shows yet. */
function AddChart({ models }: { models: readonly ModelRecord[] }) {
  const charts = useAppStore(selectCharts);
  const addChart = useAppStore((s) => s.addChart);
  return (
    <button type="button" className="btn add-chart" onClick={() => addChart(proposeChart(models, charts))} disabled={charts.length >= MAX_CHARTS}>
      Add chart
    </button>
  );
}

interface ViewProps {
  all: readonly ModelRecord[];
  datasetId: string;
  sources: readonly Source[];
  filtered: readonly ModelRecord[];
  hidden: ReadonlySet<string>;
  visible: readonly ModelRecord[];
  charts: readonly ChartSpec[];
}

const ChartsView = memo(function ChartsView({ all, datasetId, sources, filtered, hidden, visible, charts }: ViewProps) {
  const orgIds = useMemo(() => new Map(groupByOrganization(filtered).map((g) => [g.organization, g.ids])), [filtered]);
  const switchedOff = useMemo(() => (hidden.size === 0 ? [] : filtered.filter((m) => hidden.has(m.id))), [filtered, hidden]);
  const derivations = chartDerivations(visible, charts);
  return (
    // data-visible-count is what the charts drew: the benchmark waits on it to time a full update.
    <section className="charts" aria-labelledby="charts-heading" data-visible-count={visible.length}>
      <h2 id="charts-heading" className="sr-only">Charts</h2>
      <SelectionBar />
      <div className="charts-grid">
        {charts.map((c) => (
          <PanelBoundary key={c.id} name="chart" onReset={resetView}>
            <ScatterPanel
              spec={c} derivation={derivations.get(c.id)!} datasetId={datasetId} total={all.length} sources={sources}
              filtered={filtered.length} visible={visible.length} switchedOff={switchedOff} orgIds={orgIds}
            />
          </PanelBoundary>
        ))}
      </div>
      <AddChart models={visible} />
    </section>
  );
});
