// Makes one chart export, loaded on demand with the export menu's first use: lays the picture out, draws the chart
// again at the plot's size and theme, then composes and saves, rasterises or copies it.
import { exportChart, type ChartExportKind, type ChartExportResult } from '../../lib/chart-export';
import { layoutExport } from '../../lib/export-layout';
import type { ExportPreset } from '../../lib/export-presets';
import { canvasLayerExport } from './canvas/export';
import { exportTexts, type ExportInput } from './export-description';
import { renderOffscreen } from './export-render';
import { usesCanvas } from './render-chart';

export interface ExportRequest {
  kind: ChartExportKind;
  preset: ExportPreset;
  theme: 'light' | 'dark';
  scale: number;
  fileName: (ext: string) => string;
  input: ExportInput;
}

export async function runExport({ kind, preset, theme, scale, fileName, input }: ExportRequest): Promise<ChartExportResult> {
  const layout = layoutExport(preset, exportTexts(input));
  const { plot, spec, frontier } = input;
  const drawn = await renderOffscreen({ spec, plot, frontier, width: layout.chart.width, height: layout.chart.height }, theme);
  try {
    const canvasLayer = usesCanvas(plot) ? canvasLayerExport(plot.points, plot.xAxis, plot.yAxis) : undefined;
    return await exportChart(kind, { layout, chartSvg: drawn.svg, theme: drawn.colours, canvasLayer }, fileName, scale);
  } finally {
    drawn.dispose();
  }
}
