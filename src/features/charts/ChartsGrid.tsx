// The grid of charts, with "Add chart"; colours are assigned per dataset so they stay put while filtering.
import { useEffect, useMemo } from 'react';
import { assignColours } from '../../components/ui/palette';
import { useAfterPaint } from '../../components/ui/useAfterPaint';
import { useStaggered } from '../../components/ui/useStaggered';
import { groupByOrganization } from '../../domain/organizations';
import { buildPositionsById } from '../../domain/plot';
import { PanelBoundary } from '../../components/ui/PanelBoundary';
import { useAllModels, useDatasetLoad, useFilterOutcome, useVisibleModels } from '../../store/derived';
import { selectCharts, selectUserDataPending } from '../../store/selectors';
import { resetView, useAppStore } from '../../store/store';
import { MAX_CHARTS } from '../../store/view-slice';
import type { Source } from '../../domain/model';
import { ScatterPanel } from './ScatterPanel';

const NO_SOURCES: readonly Source[] = [];
/**
 * Up to this many visible models every chart updates at once. Staggered, six models took 225-236 ms until
 * every chart was redrawn after a filter click, against 137-156 at once, with no long task to split; at
 * 1,000 the import's longest task went from 59-63 ms to none over 50. 500 is where the charts' points move
 * from SVG marks to a canvas (ScatterPanel); nothing between 6 and 1,000 was measured.
 */
const STAGGER_ABOVE = 500;
/** Models added to the hover map at a time while the page is idle (~1 ms of work at 100,000 models). */
const POSITIONS_PER_STEP = 2000;
/** The longest an idle step runs: an idle period may last 50 ms, and a click that comes in it waits for the step. */
const IDLE_STEP_MS = 8;

export function ChartsGrid() {
  const charts = useAppStore(selectCharts);
  const addChart = useAppStore((s) => s.addChart);
  const liveAll = useAllModels();
  const load = useDatasetLoad();
  const liveSources = load.ok ? load.dataset.sources : NO_SOURCES;
  // The control the user touched paints first; charts follow after that paint, in an interruptible render.
  // Everything the panels draw lags together: the legend, the colours and the points never disagree, and a
  // new dataset does not redraw every panel once with its colours and again with its points.
  const { models: liveFiltered } = useFilterOutcome();
  const liveVisible = useVisibleModels();
  const pending = useAppStore(selectUserDataPending);
  // Saved data that has just been read shows at once: nothing was painted before it.
  const { all, sources, filtered, visible } = useAfterPaint(
    useMemo(
      () => ({ all: liveAll, sources: liveSources, filtered: liveFiltered, visible: liveVisible }),
      [liveAll, liveSources, liveFiltered, liveVisible],
    ),
    pending,
  );
  const allOrgs = useMemo(() => groupByOrganization(all), [all]);
  const colours = useMemo(() => assignColours(allOrgs.map((g) => g.organization)), [allOrgs]);
  // Filters only remove models, so a filtered list as long as the whole one is the whole one: its groups are
  // known (a pass over 100,000 models saved, at every load and import).
  const orgs = useMemo(() => (filtered.length === all.length ? allOrgs : groupByOrganization(filtered)), [filtered, all, allOrgs]);
  // Above STAGGER_ABOVE visible models each chart takes new data a painted frame after the one before it. A
  // chart's own update ends in a frame where Recharts re-renders what its store feeds (its store notifies at
  // the next animation frame): with every chart updated at once, all of those renders fell in one frame, the
  // longest task of an import (38-72 ms of script in one frame at 100,000 models with three charts). Saved
  // data that has just been read shows in all of them at once, as above.
  const panelData = useMemo(() => ({ total: all.length, sources, visible, orgs, colours }), [all, sources, visible, orgs, colours]);
  const staged = useStaggered(panelData, charts.length, { resetKey: pending, staggered: visible.length > STAGGER_ABOVE });
  // A hover finds its point in each chart by id, through one map of the plotted list: built while the page is
  // idle after the charts change, the first hover over a table row does not build it (~30 ms at 100,000 models).
  // It is built in steps of a few milliseconds: in one idle callback it was a 53 ms task at 100,000 models.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return undefined;
    let id = 0;
    const step = (deadline: IdleDeadline) => {
      const end = performance.now() + Math.min(IDLE_STEP_MS, deadline.timeRemaining());
      let done = buildPositionsById(visible, POSITIONS_PER_STEP);
      while (!done && performance.now() < end) done = buildPositionsById(visible, POSITIONS_PER_STEP);
      if (!done) id = requestIdleCallback(step, { timeout: 2000 });
    };
    id = requestIdleCallback(step, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [visible]);
  // Until saved data is read, the charts would draw an empty dataset only to draw again at once (at 10,000
  // models the wasted pass cost ~150 ms of a reload); the notice above says what is loading. The panels mount
  // when the data is there. (Rendering a different component while pending, instead of no panels, left the
  // heap ~25 MB larger at 100,000 models after the first filter change.)
  if (pending) return <section className="charts charts-pending" aria-label="Charts" aria-busy="true" />;
  return (
    // data-visible-count is what the last chart to update drew: the benchmark waits on it to time a full update.
    <section className="charts" aria-label="Charts" data-visible-count={staged.at(-1)?.visible.length ?? visible.length}>
      <div className="charts-grid">
        {charts.map((c, k) => (
          <PanelBoundary key={c.id} name="chart" onReset={resetView}>
            <ScatterPanel chartId={c.id} {...staged[k]!} />
          </PanelBoundary>
        ))}
      </div>
      <button type="button" className="btn" onClick={addChart} disabled={charts.length >= MAX_CHARTS}>
        Add chart
      </button>
    </section>
  );
}
