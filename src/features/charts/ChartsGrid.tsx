// The grid of charts, with "Add chart". Everything the charts draw follows the controls in one deferred render:
// legend, colours and points never disagree. Colours are assigned per dataset so they stay put while filtering.
import { memo, useDeferredValue, useMemo } from 'react';
import { assignColours } from '../../components/ui/palette';
import { PanelBoundary } from '../../components/ui/PanelBoundary';
import type { ModelRecord, Source } from '../../domain/model';
import { groupByOrganization } from '../../domain/organizations';
import { chartDerivations, useAllModels, useDatasetLoad, useFilterOutcome, useHiddenSet, useVisibleModels } from '../../store/derived';
import { selectCharts, selectUserDataPending } from '../../store/selectors';
import { resetView, useAppStore } from '../../store/store';
import { MAX_CHARTS, type ChartSpec } from '../../store/view-slice';
import { shownCounts } from './OrgLegend';
import { ScatterPanel } from './ScatterPanel';

const NO_SOURCES: readonly Source[] = [];

export function ChartsGrid() {
  const pending = useAppStore(selectUserDataPending);
  // Until saved data is read, the charts would draw an empty dataset only to draw again at once; the notice
  // above says what is loading. The panels mount when the data is there.
  if (pending) return <section className="charts charts-pending" aria-label="Charts" aria-busy="true" />;
  return <DeferredCharts />;
}

function DeferredCharts() {
  const all = useAllModels();
  const load = useDatasetLoad();
  const sources = load.ok ? load.dataset.sources : NO_SOURCES;
  const filtered = useFilterOutcome().models;
  const hidden = useHiddenSet();
  const visible = useVisibleModels();
  const charts = useAppStore(selectCharts);
  const live = useMemo(() => ({ all, sources, filtered, hidden, visible, charts }), [all, sources, filtered, hidden, visible, charts]);
  return <ChartsView {...useDeferredValue(live)} />;
}

function AddChart() {
  const chartCount = useAppStore((s) => s.charts.length);
  const addChart = useAppStore((s) => s.addChart);
  return <button type="button" className="btn" onClick={addChart} disabled={chartCount >= MAX_CHARTS}>Add chart</button>;
}

interface ViewProps {
  all: readonly ModelRecord[];
  sources: readonly Source[];
  filtered: readonly ModelRecord[];
  hidden: ReadonlySet<string>;
  visible: readonly ModelRecord[];
  charts: readonly ChartSpec[];
}

const ChartsView = memo(function ChartsView({ all, sources, filtered, hidden, visible, charts }: ViewProps) {
  const allOrgs = useMemo(() => groupByOrganization(all), [all]);
  const colours = useMemo(() => assignColours(allOrgs.map((g) => g.organization)), [allOrgs]);
  // Filters only remove models, so a filtered list as long as the whole one is the whole one.
  const orgs = useMemo(() => (filtered.length === all.length ? allOrgs : groupByOrganization(filtered)), [filtered, all, allOrgs]);
  const counts = useMemo(() => shownCounts(orgs, hidden), [orgs, hidden]);
  const derivations = chartDerivations(visible, charts);
  return (
    // data-visible-count is what the charts drew: the benchmark waits on it to time a full update.
    <section className="charts" aria-label="Charts" data-visible-count={visible.length}>
      <div className="charts-grid">
        {charts.map((c) => (
          <PanelBoundary key={c.id} name="chart" onReset={resetView}>
            <ScatterPanel
              spec={c} derivation={derivations.get(c.id)!} total={all.length} sources={sources} shown={visible.length}
              orgs={orgs} shownCounts={counts} colours={colours}
            />
          </PanelBoundary>
        ))}
      </div>
      <AddChart />
    </section>
  );
});
