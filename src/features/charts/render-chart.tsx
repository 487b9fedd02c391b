// The Recharts tree of one chart: grid, axes with our tick text, and the point layer (SVG marks for small sets,
// a canvas above SVG_POINT_LIMIT points).
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { thinTicks, type AxisSpec } from '../../domain/chart/axis-scale';
import type { ChartPlot } from '../../domain/chart/derive';
import { tickLabel } from '../../domain/chart/time-axis';
import { FIELDS } from '../../domain/fields';
import type { FrontierResult } from '../../domain/pareto';
import type { ChartSpec } from '../../store/view-slice';
import { AxisTick, AxisTitles } from './AxisText';
import { CanvasPointLayer } from './CanvasPointLayer';
import { PointLayer } from './PointLayer';

export const HEIGHT = 340;
/** Above this many points, marks go to a canvas: an SVG element per point costs too much per update. */
const SVG_POINT_LIMIT = 500;
const X_AXIS_HEIGHT = 30;
const MARGIN = { top: 16, right: 24, bottom: 24, left: 16 };
const NoMark = () => <g />;
const NONE: readonly never[] = [];

export const usesCanvas = (plot: ChartPlot) => plot.points.length > SVG_POINT_LIMIT;

/** The axis itself says whether it is logarithmic (a log toggle on an ordered scale has no effect). */
export const scaleNote = (axis: AxisSpec) => (axis.scale === 'log' ? ' (log scale)' : '');

interface ChartArgs {
  spec: ChartSpec;
  plot: ChartPlot;
  frontier: FrontierResult;
  width: number;
  colours: ReadonlyMap<string, string>;
  onHover: (id: string | null, px?: number, py?: number) => void;
  onSelect: (id: string) => void;
}

export function renderChart({ spec, plot, frontier, width, colours, onHover, onSelect }: ChartArgs) {
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  const yAxisWidth = y.kind === 'ordinal' ? 92 : 64;
  const xLabel = tickLabel(plot.xAxis, x.format);
  const yLabel = tickLabel(plot.yAxis, y.format);
  const xTicks = thinTicks(plot.xAxis, xLabel, width - MARGIN.left - MARGIN.right - yAxisWidth);
  const extremes = [
    { x: plot.xAxis.domain[0], y: plot.yAxis.domain[0] },
    { x: plot.xAxis.domain[1], y: plot.yAxis.domain[1] },
  ];
  return (
    <ScatterChart width={width} height={HEIGHT} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid className="grid" strokeDasharray="3 3" />
      <XAxis
        type="number" dataKey="x" scale={plot.xAxis.scale} domain={plot.xAxis.domain} ticks={xTicks}
        allowDataOverflow tickFormatter={xLabel} interval={0} tick={AxisTick} height={X_AXIS_HEIGHT}
      />
      <YAxis
        type="number" dataKey="y" scale={plot.yAxis.scale} domain={plot.yAxis.domain} ticks={plot.yAxis.ticks}
        allowDataOverflow tickFormatter={yLabel} width={yAxisWidth} interval={0} tick={AxisTick}
      />
      <AxisTitles
        x={`${x.axisTitle}${scaleNote(plot.xAxis)}`} y={`${y.axisTitle}${scaleNote(plot.yAxis)}`}
        xAxisHeight={X_AXIS_HEIGHT + 2} left={MARGIN.left - 6}
      />
      {/* Recharts builds no axis scale without a Scatter: an invisible one spans the domain. */}
      <Scatter data={extremes} shape={NoMark} isAnimationActive={false} legendType="none" />
      {usesCanvas(plot) ? (
        <CanvasPointLayer
          points={plot.points} xAxis={plot.xAxis} yAxis={plot.yAxis} x={x} y={y} colours={colours}
          frontier={spec.showFrontier ? frontier.frontierIndexes : NONE}
          onHover={onHover} onSelect={onSelect}
        />
      ) : (
        <PointLayer
          points={plot.points.toArray()} x={x} y={y} colours={colours}
          frontier={spec.showFrontier ? frontier.frontier : NONE}
          showLabels rangeOnX={spec.x === 'trainingCompute'} rangeOnY={spec.y === 'trainingCompute'}
          onHover={onHover} onSelect={onSelect}
        />
      )}
    </ScatterChart>
  );
}
