// One scatter chart: a figure named by its title, Recharts axes and grid, our point layer, tooltip, legend and
// "Not plotted" line, all drawn from the chart's derivation, which the table's Pareto column reads too.
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { useElementWidth } from '../../components/ui/useElementWidth';
import type { ChartDerivation, ChartPlot } from '../../domain/chart/derive';
import type { Source } from '../../domain/model';
import type { OrganizationGroup } from '../../domain/organizations';
import { listWithMore } from '../../domain/export/describe-view';
import { FIELDS } from '../../domain/fields';
import type { FrontierResult } from '../../domain/pareto';
import { useAppStore } from '../../store/store';
import type { ChartSpec } from '../../store/view-slice';
import { canvasLayerExport } from './canvas/export';
import { ChartControls } from './ChartControls';
import { ChartExport } from './ChartExport';
import { ChartTooltip } from './ChartTooltip';
import { exportDescription } from './export-description';
import { FrontierDirection } from './FrontierDirection';
import { NotPlottedLine } from './NotPlottedLine';
import { OrgLegend } from './OrgLegend';
import { HEIGHT, renderChart, scaleNote, usesCanvas } from './render-chart';

interface Props {
  /** The chart as drawn: it lags the controls, which show the live spec. */
  spec: ChartSpec;
  derivation: ChartDerivation;
  /** Models in the dataset and its sources, for the exported subtitle and footer. */
  total: number;
  sources: readonly Source[];
  /** How many models are visible: the exported subtitle says how many of them are plotted. */
  shown: number;
  /** Filtered models (hidden ones included) by organization, and how many of each are shown: the legend. */
  orgs: readonly OrganizationGroup[];
  shownCounts: readonly number[];
  colours: ReadonlyMap<string, string>;
}

/** Memoised: a filter change re-renders a chart once, with its new derivation; hover and selection do not. */
export const ScatterPanel = memo(function ScatterPanel(props: Props) {
  // The plot is read here and the frontier in the child's render: React can yield between the two.
  return <ChartFigure {...props} plot={props.derivation.plot} />;
});

function ChartFigure({ spec, derivation, plot, total, sources, shown, orgs, shownCounts, colours }: Props & { plot: ChartPlot }) {
  const frontier: FrontierResult = derivation.frontier;
  const hover = useAppStore((s) => s.hover);
  const select = useAppStore((s) => s.select);
  const isActive = useAppStore((s) => s.activeChartId === spec.id);
  const setActiveChart = useAppStore((s) => s.setActiveChart);
  const [boxRef, width] = useElementWidth<HTMLDivElement>(560);
  const [tip, setTip] = useState<{ id: string; px: number; py: number } | null>(null);
  const titleId = useId();
  const descId = useId();

  // Names are needed for frontier points only (the description, export notes and "dominated by").
  const names = useMemo(() => new Map(frontier.frontierIndexes.map((i) => [plot.points.id(i), plot.points.models[i]!.name])), [frontier, plot]);
  const onHover = useCallback((id: string | null, px?: number, py?: number) => {
    hover(id);
    setTip(id && px !== undefined && py !== undefined ? { id, px, py } : null);
  }, [hover]);
  // The Recharts tree is rebuilt only when what it draws changes; hover and selection reach the point layer
  // through its own store subscription, so moving the pointer never re-renders axes and grid.
  const chart = useMemo(
    () => (width !== null ? renderChart({ spec, plot, frontier, width, colours, onHover, onSelect: select }) : null),
    [spec, plot, frontier, width, colours, onHover, select],
  );
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  const tipPoint = useMemo(() => {
    const i = tip ? plot.points.indexOfId(tip.id) : -1;
    return i < 0 ? undefined : plot.points.at(i);
  }, [tip, plot]);

  // Read at export time rather than subscribed to, so filter changes do not re-render every chart.
  const describeForExport = () => ({
    ...exportDescription({ plot, frontier, spec, x, y, filters: useAppStore.getState().filters, total, shown, sources, colours, names }),
    canvasLayer: usesCanvas(plot) ? canvasLayerExport(plot.points, plot.xAxis, plot.yAxis, colours) : undefined,
  });

  return (
    // Focus and pointer events bubble up from the controls and points: they only mark this chart active.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <figure
      className={`chart-panel${isActive ? ' chart-active' : ''}`} aria-labelledby={titleId} aria-describedby={descId}
      onFocus={() => !isActive && setActiveChart(spec.id)} onPointerDown={() => !isActive && setActiveChart(spec.id)}
    >
      <figcaption className="chart-head">
        <div className="chart-title-row">
          <h3 id={titleId} className="chart-title">{plot.title}</h3>
          {isActive && <span className="active-tag" title="The table's Pareto-optimal column follows this chart">table follows</span>}
        </div>
        <ChartControls chartId={spec.id} lowest={plot.lowest} />
        <ChartExport title={plot.title} boxRef={boxRef} describe={describeForExport} />
      </figcaption>
      <p id={descId} className="sr-only">
        Scatter plot of {plot.points.length.toLocaleString()} models, {y.axisTitle}{scaleNote(plot.yAxis)} against {x.axisTitle}{scaleNote(plot.xAxis)}.
        {spec.showFrontier && frontier.frontier.length > 0 && ` Pareto frontier: ${listWithMore(frontier.frontier.map((id) => names.get(id) ?? id))}.`}
        {' '}Each point is a button; the models table lists every value.
      </p>
      <div className="chart-box" ref={boxRef} style={{ minHeight: HEIGHT }}>
        {chart}
        {tipPoint && tip && (
          <ChartTooltip
            point={tipPoint} x={x} y={y}
            onFrontier={names.has(tipPoint.id)}
            dominatedBy={names.get(frontier.dominatedBy.get(tipPoint.id) ?? '')}
            left={Math.min(tip.px + 14, (width ?? 0) - 250)} top={Math.max(tip.py - 10, 0)}
          />
        )}
      </div>
      <OrgLegend orgs={orgs} shownCounts={shownCounts} colours={colours} />
      {spec.showFrontier && <FrontierDirection spec={spec} />}
      <NotPlottedLine items={plot.notPlotted} />
    </figure>
  );
}
