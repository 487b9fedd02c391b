// The Recharts tree of one chart at a given size: grid, axes with our tick text, and the point layer (SVG marks for
// small sets, a canvas above SVG_POINT_LIMIT points). The page and an export draw it the same way.
import { useEffect } from 'react';
import { CartesianGrid, Scatter, ScatterChart, usePlotArea, useXAxisScale, XAxis, YAxis } from 'recharts';
import type { AxisSpec } from '../../domain/chart/axis-scale';
import type { ChartPlot } from '../../domain/chart/derive';
import { tickLabel } from '../../domain/chart/time-axis';
import { categoryWidth, fitCategoryLabel, thinTicks, thinTicksVertically } from '../../domain/chart/tick-labels';
import { FIELDS } from '../../domain/fields';
import type { FrontierResult } from '../../domain/pareto';
import type { ChartView } from '../../domain/view-state';
import { AxisTick, AxisTitles, linesTick } from './AxisText';
import { CanvasPointLayer } from './CanvasPointLayer';
import { PointLayer } from './PointLayer';

export const HEIGHT = 330;
/** Above this many points, marks go to a canvas: an SVG element per point costs too much per update. */
const SVG_POINT_LIMIT = 500;
const X_AXIS_HEIGHT = 30;
/** Two lines of wrapped category labels. */
const X_AXIS_HEIGHT_WRAPPED = 44;
const MARGIN = { top: 12, right: 20, bottom: 22, left: 12 };
const NoMark = () => <g />;
const NONE: readonly never[] = [];

export const usesCanvas = (plot: ChartPlot) => plot.points.length > SVG_POINT_LIMIT;

/** The axis itself says whether it is logarithmic (a log toggle on an ordered scale has no effect). */
export const scaleNote = (axis: AxisSpec) => (axis.scale === 'log' ? ' (log scale)' : '');

export interface ChartArgs {
  spec: ChartView;
  plot: ChartPlot;
  frontier: FrontierResult;
  width: number;
  height?: number;
  /** False for an export: no keyboard, hover or selection. */
  interactive?: boolean;
  onHover?: (id: string | null, px?: number, py?: number) => void;
  onSelect?: (id: string) => void;
  onAnnounce?: (text: string) => void;
  /** Called once axes and plot area are laid out (an export waits for it). */
  onReady?: () => void;
}

const ignore = () => {};

/** Reports, once, that Recharts has laid out the plot area and the axis scales. */
function Ready({ onReady }: { onReady: () => void }) {
  const area = usePlotArea();
  const scale = useXAxisScale();
  const ready = Boolean(area && scale);
  useEffect(() => {
    if (ready) onReady();
  }, [ready, onReady]);
  return null;
}

export function renderChart(args: ChartArgs) {
  const { spec, plot, frontier, width, height = HEIGHT, interactive = true, onReady } = args;
  const [onHover, onSelect, onAnnounce] = [args.onHover ?? ignore, args.onSelect ?? ignore, args.onAnnounce ?? ignore];
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  const yAxisWidth = y.kind === 'ordinal' ? 92 : 64;
  const plotWidth = width - MARGIN.left - MARGIN.right - yAxisWidth;
  // Every category holding a point keeps its label, wrapped or abbreviated to fit; numbers are thinned.
  const categoryRoom = categoryWidth(plot.xAxis, plotWidth);
  const xLabel = tickLabel(plot.xAxis, x.format);
  const yLabel = tickLabel(plot.yAxis, y.format);
  const xLines = (v: number) => fitCategoryLabel(x.format(v), categoryRoom);
  const wrapped = x.kind === 'ordinal' && plot.xAxis.ticks.some((t) => xLines(t).length > 1);
  const xTicks = x.kind === 'ordinal' ? plot.xAxis.ticks : thinTicks(plot.xAxis, xLabel, plotWidth);
  const xAxisHeight = wrapped ? X_AXIS_HEIGHT_WRAPPED : X_AXIS_HEIGHT;
  const yTicks = y.kind === 'ordinal' ? plot.yAxis.ticks : thinTicksVertically(plot.yAxis, height - MARGIN.top - MARGIN.bottom - xAxisHeight);
  const extremes = [
    { x: plot.xAxis.domain[0], y: plot.yAxis.domain[0] },
    { x: plot.xAxis.domain[1], y: plot.yAxis.domain[1] },
  ];
  return (
    <ScatterChart width={width} height={height} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid className="grid" strokeDasharray="3 3" />
      <XAxis
        type="number" dataKey="x" scale={plot.xAxis.scale} domain={plot.xAxis.domain} ticks={xTicks}
        allowDataOverflow tickFormatter={xLabel} interval={0} height={xAxisHeight}
        tick={x.kind === 'ordinal' ? linesTick(xLines) : AxisTick}
      />
      <YAxis
        type="number" dataKey="y" scale={plot.yAxis.scale} domain={plot.yAxis.domain} ticks={yTicks}
        allowDataOverflow tickFormatter={yLabel} width={yAxisWidth} interval={0} tick={AxisTick}
      />
      <AxisTitles
        x={`${x.axisTitle}${scaleNote(plot.xAxis)}`} y={`${y.axisTitle}${scaleNote(plot.yAxis)}`}
        xAxisHeight={xAxisHeight + 2} left={MARGIN.left - 6}
      />
      {/* Recharts builds no axis scale without a Scatter: an invisible one spans the domain. */}
      <Scatter data={extremes} shape={NoMark} isAnimationActive={false} legendType="none" />
      {usesCanvas(plot) ? (
        <CanvasPointLayer
          points={plot.points} xAxis={plot.xAxis} yAxis={plot.yAxis} x={x} y={y}
          frontier={spec.showFrontier ? frontier.frontierIndexes : NONE} interactive={interactive}
          onHover={onHover} onSelect={onSelect} onAnnounce={onAnnounce}
        />
      ) : (
        <PointLayer
          points={plot.points.toArray()} x={x} y={y} frontier={spec.showFrontier ? frontier.frontier : NONE} interactive={interactive}
          onHover={onHover} onSelect={onSelect} onAnnounce={onAnnounce}
        />
      )}
      {onReady && <Ready onReady={onReady} />}
    </ScatterChart>
  );
}
