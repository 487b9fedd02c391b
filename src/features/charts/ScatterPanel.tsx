// One scatter chart: a figure named by its title, Recharts axes and grid, our point layer, tooltip,
// legend and "Not plotted" line, all reading the same visible models as the table.
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '../../components/ui/useElementWidth';
import { useAfterPaint } from '../../components/ui/useAfterPaint';
import { useStableValue } from '../../components/ui/useStableValue';
import { FIELDS } from '../../domain/fields';
import { listWithMore } from '../../domain/export/describe-view';
import type { PlotPoints } from '../../domain/plot';
import type { ModelRecord, Source } from '../../domain/model';
import type { OrganizationGroup } from '../../domain/organizations';
import { useAppStore } from '../../store/store';
import { thinTicks, type AxisSpec } from './axis-scale';
import { buildChartPlot, sameChartData, withFrontier, type ChartData, type ChartPlot } from './chart-data';
import type { ChartSpec } from '../../store/view-slice';
import { ChartControls } from './ChartControls';
import { ChartExport } from './ChartExport';
import { exportDescription } from './export-description';
import { ChartTooltip } from './ChartTooltip';
import { AxisTick, AxisTitles } from './AxisText';
import { NotPlottedLine } from './NotPlottedLine';
import { FrontierDirection } from './FrontierDirection';
import { OrgLegend } from './OrgLegend';
import { CanvasPointLayer } from './CanvasPointLayer';
import { PointLayer } from './PointLayer';

interface Props {
  chartId: string;
  /** Models in the dataset and its sources, for the exported subtitle and footer. */
  total: number;
  sources: readonly Source[];
  visible: readonly ModelRecord[];
  /** Filtered models (hidden ones included) by organization: the legend lists them. */
  orgs: readonly OrganizationGroup[];
  colours: ReadonlyMap<string, string>;
}

const HEIGHT = 340;
const pointWithId = (points: PlotPoints, id: string) => {
  const i = points.indexOfId(id);
  return i < 0 ? undefined : points.at(i);
};

const frontierNames = ({ frontier, points }: ChartData) => new Map(frontier.frontierIndexes.map((i) => [points.id(i), points.models[i]!.name]));
const NoMark = () => <g />;
const NO_FRONTIER: readonly number[] = [];
/** Above this many points, marks go to a canvas: per-point SVG costs ~0.45 ms per point per update. */
const SVG_POINT_LIMIT = 500;
const X_AXIS_HEIGHT = 30;
const MARGIN = { top: 16, right: 24, bottom: 24, left: 16 };
/** The axis itself says whether it is logarithmic (a log toggle on an ordered scale has no effect). */
const scaleNote = (axis: AxisSpec) => (axis.scale === 'log' ? ' (log scale)' : '');

export const ScatterPanel = memo(function ScatterPanel(props: Props) {
  const { chartId, visible } = props;
  const liveSpec = useAppStore(useCallback((s) => s.charts.find((c) => c.id === chartId), [chartId]));
  // Controls show the live spec at once; the chart redraws from the lagging copy after that paint.
  const spec = useAfterPaint(liveSpec);
  // Switching the frontier line redraws the chart without rebuilding its points and frontier (~0.1 s a chart at
  // 100,000 models).
  const dataSpec = useStableValue(spec, sameChartData);
  const plot = useMemo(() => (dataSpec ? buildChartPlot(visible, dataSpec) : null), [visible, dataSpec]);
  if (!spec || !dataSpec || !plot) return null;
  // The frontier is found in the child's render: React can yield between the two, and at 100,000 models the
  // points and the frontier together made one ~0.1 s task per chart.
  return <ChartFigure {...props} liveSpec={liveSpec} spec={spec} dataSpec={dataSpec} plot={plot} />;
});

interface FigureProps extends Props {
  liveSpec: ChartSpec | undefined;
  /** What the chart draws, lagging the live spec; dataSpec is the last one that changed its data. */
  spec: ChartSpec;
  dataSpec: ChartSpec;
  plot: ChartPlot;
}

function ChartFigure({ chartId, total, sources, visible, orgs, colours, liveSpec, spec, dataSpec, plot }: FigureProps) {
  const hover = useAppStore((s) => s.hover);
  const select = useAppStore((s) => s.select);
  const isActive = useAppStore((s) => s.activeChartId === chartId);
  const setActiveChart = useAppStore((s) => s.setActiveChart);
  const [boxRef, width] = useElementWidth<HTMLDivElement>(560);
  const [tip, setTip] = useState<{ id: string; px: number; py: number } | null>(null);
  const titleId = useId();
  const descId = useId();

  const data = useMemo(() => withFrontier(plot, visible, dataSpec), [plot, visible, dataSpec]);
  // Names are needed for frontier points only (the description, export notes and "dominated by").
  const names = useMemo(() => frontierNames(data), [data]);
  const onFrontier = useMemo(() => new Set(data.frontier.frontier), [data]);
  const onHover = useCallback((id: string | null, px?: number, py?: number) => {
    hover(id);
    setTip(id && px !== undefined && py !== undefined ? { id, px, py } : null);
  }, [hover]);
  // The Recharts tree is rebuilt only when what it draws changes; hover and selection reach the point layer
  // through its own store subscription, so moving the pointer never re-renders axes and grid.
  const chart = useMemo(
    () => (width !== null ? renderChart({ spec, data, width, colours, onHover, onSelect: select }) : null),
    [spec, data, width, colours, onHover, select],
  );
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  const tipPoint = useMemo(() => (tip ? pointWithId(data.points, tip.id) : undefined), [tip, data]);

  // Read at export time rather than subscribed to, so filter changes do not re-render every chart.
  const describeForExport = () => exportDescription({
    data, spec, x, y, filters: useAppStore.getState().filters, total, shown: visible.length, sources, colours, names,
  });

  return (
    // Focus and pointer events bubble up from the controls and points: they only mark this chart active.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <figure
      className={`chart-panel${isActive ? ' chart-active' : ''}`} aria-labelledby={titleId} aria-describedby={descId}
      onFocus={() => !isActive && setActiveChart(chartId)} onPointerDown={() => !isActive && setActiveChart(chartId)}
    >
      <figcaption className="chart-head">
        <div className="chart-title-row">
          <h3 id={titleId} className="chart-title">{data.title}</h3>
          {isActive && <span className="active-tag" title="The table's Pareto-optimal column follows this chart">table follows</span>}
        </div>
        <ChartControls spec={liveSpec ?? spec} lowest={data.lowest} />
        <ChartExport title={data.title} boxRef={boxRef} describe={describeForExport} />
      </figcaption>
      <p id={descId} className="sr-only">
        Scatter plot of {data.points.length.toLocaleString()} models, {y.axisTitle}{scaleNote(data.yAxis)} against {x.axisTitle}{scaleNote(data.xAxis)}.
        {spec.showFrontier && data.frontier.frontier.length > 0 && ` Pareto frontier: ${listWithMore(data.frontier.frontier.map((id) => names.get(id) ?? id))}.`}
        {' '}Each point is a button; the models table lists every value.
      </p>
      <div className="chart-box" ref={boxRef} style={{ minHeight: HEIGHT }}>
        {chart}
        {tipPoint && tip && (
          <ChartTooltip
            point={tipPoint} x={x} y={y}
            onFrontier={onFrontier.has(tipPoint.id)}
            dominatedBy={names.get(data.frontier.dominatedBy.get(tipPoint.id) ?? '')}
            left={Math.min(tip.px + 14, (width ?? 0) - 250)} top={Math.max(tip.py - 10, 0)}
          />
        )}
      </div>
      <OrgLegend orgs={orgs} colours={colours} />
      {spec.showFrontier && <FrontierDirection spec={spec} />}
      <NotPlottedLine items={data.notPlotted} />
    </figure>
  );
}

interface ChartArgs {
  spec: ChartSpec;
  data: ChartData;
  width: number;
  colours: ReadonlyMap<string, string>;
  onHover: (id: string | null, px?: number, py?: number) => void;
  onSelect: (id: string) => void;
}

function renderChart({ spec, data, width, colours, onHover, onSelect }: ChartArgs) {
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  const yAxisWidth = y.kind === 'ordinal' ? 92 : 64;
  const xTicks = thinTicks(data.xAxis, (v) => x.format(v), width - MARGIN.left - MARGIN.right - yAxisWidth);
  const extremes = [
    { x: data.xAxis.domain[0], y: data.yAxis.domain[0] },
    { x: data.xAxis.domain[1], y: data.yAxis.domain[1] },
  ];
  return (
    <ScatterChart width={width} height={HEIGHT} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid className="grid" strokeDasharray="3 3" />
      <XAxis
        type="number" dataKey="x" scale={data.xAxis.scale} domain={data.xAxis.domain} ticks={xTicks}
        allowDataOverflow tickFormatter={(v: number) => x.format(v)} interval={0} tick={AxisTick} height={X_AXIS_HEIGHT}
      />
      <YAxis
        type="number" dataKey="y" scale={data.yAxis.scale} domain={data.yAxis.domain} ticks={data.yAxis.ticks}
        allowDataOverflow tickFormatter={(v: number) => y.format(v)} width={yAxisWidth} interval={0} tick={AxisTick}
      />
      <AxisTitles
        x={`${x.axisTitle}${scaleNote(data.xAxis)}`} y={`${y.axisTitle}${scaleNote(data.yAxis)}`}
        xAxisHeight={X_AXIS_HEIGHT + 2} left={MARGIN.left - 6}
      />
      {/* Recharts builds no axis scale without a Scatter: an invisible one spans the domain. */}
      <Scatter data={extremes} shape={NoMark} isAnimationActive={false} legendType="none" />
      {data.points.length > SVG_POINT_LIMIT ? (
        <CanvasPointLayer
          points={data.points} xAxis={data.xAxis} yAxis={data.yAxis} x={x} y={y} colours={colours}
          frontier={spec.showFrontier ? data.frontier.frontierIndexes : NO_FRONTIER}
          onHover={onHover} onSelect={onSelect}
        />
      ) : (
      <PointLayer
        points={data.points.toArray()}
        x={x}
        y={y}
        colours={colours}
        frontier={spec.showFrontier ? data.frontier.frontier : []}
        showLabels
        rangeOnX={spec.x === 'trainingCompute'}
        rangeOnY={spec.y === 'trainingCompute'}
        onHover={onHover}
        onSelect={onSelect}
      />
      )}
    </ScatterChart>
  );
}
