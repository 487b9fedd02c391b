// One scatter chart: a figure named by its title, Recharts axes and grid, our point layer, tooltip,
// legend and "Not plotted" line, all reading the same visible models as the table.
import { useCallback, useId, useMemo, useState } from 'react';
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '../../components/ui/useElementWidth';
import { FIELDS } from '../../domain/fields';
import type { ModelRecord, Source } from '../../domain/model';
import { selectFilters } from '../../store/selectors';
import { selectHoveredId, selectSelectedId } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { buildChartData } from './chart-data';
import { ChartControls } from './ChartControls';
import { ChartExport } from './ChartExport';
import { exportDescription } from './export-description';
import { ChartTooltip } from './ChartTooltip';
import { NotPlottedLine } from './NotPlottedLine';
import { FrontierDirection } from './FrontierDirection';
import { OrgLegend } from './OrgLegend';
import { PointLayer } from './PointLayer';

interface Props {
  chartId: string;
  /** Models in the dataset and its sources, for the exported subtitle and footer. */
  total: number;
  sources: readonly Source[];
  visible: readonly ModelRecord[];
  /** Filtered models, hidden ones included: the legend lists their organizations. */
  filtered: readonly ModelRecord[];
  colours: ReadonlyMap<string, string>;
}

const HEIGHT = 340;
const NoMark = () => <g />;
const MARGIN = { top: 16, right: 24, bottom: 36, left: 16 };

export function ScatterPanel({ chartId, total, sources, visible, filtered, colours }: Props) {
  const spec = useAppStore(useCallback((s) => s.charts.find((c) => c.id === chartId), [chartId]));
  const selectedId = useAppStore(selectSelectedId);
  const hoveredId = useAppStore(selectHoveredId);
  const hover = useAppStore((s) => s.hover);
  const select = useAppStore((s) => s.select);
  const isActive = useAppStore((s) => s.activeChartId === chartId);
  const setActiveChart = useAppStore((s) => s.setActiveChart);
  const [boxRef, width] = useElementWidth<HTMLDivElement>(560);
  const filters = useAppStore(selectFilters);
  const [tip, setTip] = useState<{ id: string; px: number; py: number } | null>(null);
  const titleId = useId();
  const descId = useId();

  const data = useMemo(() => (spec ? buildChartData(visible, spec) : null), [visible, spec]);
  if (!spec || !data) return null;
  const x = FIELDS[spec.x];
  const y = FIELDS[spec.y];
  const onFrontier = new Set(data.frontier.frontier);
  const names = new Map(visible.map((m) => [m.id, m.name]));
  const tipPoint = tip ? data.points.find((p) => p.id === tip.id) : undefined;
  const scaleNote = (log: boolean) => (log ? ' (log scale)' : '');
  const extremes = [
    { x: data.xAxis.domain[0], y: data.yAxis.domain[0] },
    { x: data.xAxis.domain[1], y: data.yAxis.domain[1] },
  ];

  const describeForExport = () => exportDescription({
    data, spec, x, y, filters, total, shown: visible.length, sources, colours, names,
  });

  const onHover = (id: string | null, px?: number, py?: number) => {
    hover(id);
    setTip(id && px !== undefined && py !== undefined ? { id, px, py } : null);
  };

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
        <ChartControls spec={spec} points={data.points} />
        <ChartExport title={data.title} boxRef={boxRef} describe={describeForExport} />
      </figcaption>
      <p id={descId} className="sr-only">
        Scatter plot of {data.points.length} models, {y.axisTitle} against {x.axisTitle}{scaleNote(spec.logX)}.
        {spec.showFrontier && data.frontier.frontier.length > 0 && ` Pareto frontier: ${data.frontier.frontier.map((id) => names.get(id)).join(', ')}.`}
        {' '}Each point is a button; the models table lists every value.
      </p>
      <div className="chart-box" ref={boxRef}>
        <ScatterChart width={width} height={HEIGHT} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid className="grid" strokeDasharray="3 3" />
          <XAxis
            type="number" dataKey="x" scale={data.xAxis.scale} domain={data.xAxis.domain} ticks={data.xAxis.ticks}
            allowDataOverflow tickFormatter={(v: number) => x.format(v)} interval="preserveStartEnd"
            label={{ value: `${x.axisTitle}${scaleNote(spec.logX && x.kind === 'numeric')}`, position: 'insideBottom', offset: -22, className: 'axis-title' }}
          />
          <YAxis
            type="number" dataKey="y" scale={data.yAxis.scale} domain={data.yAxis.domain} ticks={data.yAxis.ticks}
            allowDataOverflow tickFormatter={(v: number) => y.format(v)} width={y.kind === 'ordinal' ? 92 : 64}
            label={{ value: `${y.axisTitle}${scaleNote(spec.logY && y.kind === 'numeric')}`, angle: -90, position: 'insideLeft', offset: 4, dy: 60, className: 'axis-title' }}
          />
          {/* Recharts builds no axis scale without a Scatter: an invisible one spans the domain. */}
          <Scatter data={extremes} shape={NoMark} isAnimationActive={false} legendType="none" />
          <PointLayer
            points={data.points}
            colours={colours}
            frontier={spec.showFrontier ? data.frontier.frontier : []}
            selectedId={selectedId}
            hoveredId={hoveredId}
            showLabels
            rangeOnX={spec.x === 'trainingCompute'}
            rangeOnY={spec.y === 'trainingCompute'}
            onHover={onHover}
            onSelect={select}
          />
        </ScatterChart>
        {tipPoint && tip && (
          <ChartTooltip
            point={tipPoint} x={x} y={y}
            onFrontier={onFrontier.has(tipPoint.id)}
            dominatedBy={names.get(data.frontier.dominatedBy.get(tipPoint.id) ?? '')}
            left={Math.min(tip.px + 14, width - 250)} top={Math.max(tip.py - 10, 0)}
          />
        )}
      </div>
      <OrgLegend filtered={filtered} colours={colours} />
      {spec.showFrontier && <FrontierDirection spec={spec} />}
      <NotPlottedLine items={data.notPlotted} />
    </figure>
  );
}
