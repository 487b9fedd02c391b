// One scatter chart: a figure named by its title, one slim bar (axis pickers, options, export), the plot (or what
// to do when there is nothing to plot), its legend and "Not plotted", all drawn from the chart's derivation, which
// the table's Pareto column reads too.
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { useElementWidth } from '../../components/ui/useElementWidth';
import type { ChartDerivation, ChartPlot } from '../../domain/chart/derive';
import { frontierDirections } from '../../domain/chart/frontier';
import { plotData } from '../../domain/chart/points';
import { listWithMore } from '../../domain/export/describe-view';
import { FIELDS } from '../../domain/fields';
import type { ModelRecord, Source } from '../../domain/model';
import type { FrontierResult } from '../../domain/pareto';
import { useAppStore } from '../../store/store';
import type { ChartSpec } from '../../store/view-slice';
import { ChartBar } from './ChartBar';
import { ChartLegend } from './ChartLegend';
import { ChartTooltip } from './ChartTooltip';
import { EmptyChart } from './EmptyChart';
import type { ExportInput } from './export-description';
import { ExportMenu } from './ExportMenu';
import { NotPlottedLine } from './NotPlottedLine';
import type { LegendOrg } from './LegendOrganizations';
import { HEIGHT, renderChart, scaleNote } from './render-chart';

export interface PanelData {
  datasetId: string;
  /** Models in the dataset and its sources, for the exported subtitle and foot. */
  total: number;
  sources: readonly Source[];
  /** Models passing the filters, and the visible ones among them (not switched off). */
  filtered: number;
  visible: number;
  /** Filtered models switched off by hand: their organisations stay in a legend, unpressed. */
  switchedOff: readonly ModelRecord[];
  /** Each filtered organisation's models, for its legend button. */
  orgIds: ReadonlyMap<string, readonly string[]>;
}

interface Props extends PanelData {
  /** The chart as drawn: it lags the bar, which shows the live spec. */
  spec: ChartSpec;
  derivation: ChartDerivation;
}

const NO_DISPUTES: readonly string[] = [];

/** Memoised: a filter change re-renders a chart once, with its new derivation; hover and selection do not. */
export const ScatterPanel = memo(function ScatterPanel(props: Props) {
  // The plot is read here and the frontier in the child's render: React can yield between the two.
  return <ChartFigure {...props} plot={props.derivation.plot} />;
});

function ChartFigure(props: Props & { plot: ChartPlot }) {
  const { spec, derivation, plot, datasetId, total, sources, filtered, visible, switchedOff, orgIds } = props;
  const frontier: FrontierResult = derivation.frontier;
  const { legend } = derivation;
  const hover = useAppStore((s) => s.hover);
  const select = useAppStore((s) => s.select);
  const isActive = useAppStore((s) => s.activeChartId === spec.id);
  const setActiveChart = useAppStore((s) => s.setActiveChart);
  const [boxRef, width] = useElementWidth<HTMLDivElement>(560);
  const [tip, setTip] = useState<{ id: string; px: number; py: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const titleId = useId();
  const descId = useId();
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  const frontierShown = spec.showFrontier && frontier.frontier.length > 0;
  const [dx, dy] = frontierDirections(spec);

  // Names are needed for frontier points only (the description and "dominated by").
  const names = useMemo(() => new Map(frontier.frontierIndexes.map((i) => [plot.points.id(i), plot.points.models[i]!.name])), [frontier, plot]);
  const onHover = useCallback((id: string | null, px?: number, py?: number) => {
    hover(id);
    setTip(id && px !== undefined && py !== undefined ? { id, px, py } : null);
  }, [hover]);
  // The Recharts tree is rebuilt only when what it draws changes; hover and selection reach the layers through
  // their own store subscriptions, so moving the pointer never re-renders axes and grid.
  const chart = useMemo(
    () => (width !== null && plot.points.length > 0 ? renderChart({ spec, plot, frontier, width, onHover, onSelect: select, onAnnounce: setAnnouncement }) : null),
    [spec, plot, frontier, width, onHover, select],
  );
  const orgs = useMemo((): LegendOrg[] => {
    const plotted = legend.organizations.map((o) => ({ name: o.name, ids: orgIds.get(o.name) ?? [], shown: true }));
    const listed = new Set(plotted.map((o) => o.name));
    const off = [...new Set(plotData(switchedOff, x, y, plot.xAxis.scale === 'log', plot.yAxis.scale === 'log').points.organization)]
      .filter((name) => !listed.has(name)).sort((a, b) => a.localeCompare(b));
    return [...plotted, ...off.map((name) => ({ name, ids: orgIds.get(name) ?? [], shown: false }))];
  }, [legend, orgIds, switchedOff, x, y, plot]);
  const tipPoint = useMemo(() => {
    const i = tip ? plot.points.indexOfId(tip.id) : -1;
    return i < 0 ? undefined : plot.points.at(i);
  }, [tip, plot]);

  // Read when an export is made rather than subscribed to, so filter changes do not re-render every chart.
  const exportInput = (): ExportInput => ({
    plot, legend, spec, frontier, frontierShown, disputes: frontierShown ? derivation.frontierDisputes : NO_DISPUTES, filters: useAppStore.getState().filters, total,
    switchedOff: filtered - visible, sources, date: new Date().toISOString().slice(0, 10),
  });

  return (
    // Focus and pointer events bubble up from the controls and points: they only mark this chart active.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <figure
      className={`chart-panel${isActive ? ' chart-active' : ''}`} aria-labelledby={titleId} aria-describedby={descId}
      onFocus={() => !isActive && setActiveChart(spec.id)} onPointerDown={() => !isActive && setActiveChart(spec.id)}
    >
      <h3 id={titleId} className="sr-only">{plot.title}</h3>
      <ChartBar chartId={spec.id} lowest={plot.lowest} exportMenu={<ExportMenu datasetId={datasetId} input={exportInput} />} />
      <p id={descId} className="sr-only">
        Scatter plot of {plot.points.length.toLocaleString()} models, {y.axisTitle}{scaleNote(plot.yAxis)} against {x.axisTitle}{scaleNote(plot.xAxis)}.
        {frontierShown && ` Pareto frontier: ${listWithMore(frontier.frontier.map((id) => names.get(id) ?? id))}.`}
        {' '}The models table lists every value.
      </p>
      <div className="chart-box" ref={boxRef} style={{ minHeight: HEIGHT }}>
        {plot.points.length === 0 ? <EmptyChart filtered={filtered} visible={visible} x={x} y={y} height={HEIGHT} /> : chart}
        {tipPoint && tip && (
          <ChartTooltip
            point={tipPoint} x={x} y={y} onFrontier={names.has(tipPoint.id)}
            dominatedBy={names.get(frontier.dominatedBy.get(tipPoint.id) ?? '')}
            left={Math.min(tip.px + 14, (width ?? 0) - 250)} top={Math.max(tip.py - 10, 0)}
          />
        )}
      </div>
      <div className="sr-only chart-live" aria-live="polite">{announcement}</div>
      {plot.points.length > 0 && (
        <ChartLegend
          legend={legend} orgs={orgs} frontier={frontierShown} frontierNote={`${dy} ${y.name}, ${dx} ${x.name}`}
          disputes={frontierShown ? derivation.frontierDisputes : NO_DISPUTES}
        />
      )}
      <NotPlottedLine items={plot.notPlotted} x={x} y={y} />
    </figure>
  );
}
