// What a chart's canvas layer draws, handed to an export: the same placement and sprites as on screen, over the
// plot area the exported SVG gives.
import type { AxisSpec } from '../../../domain/chart/axis-scale';
import type { PlotPoints } from '../../../domain/chart/points';
import type { CanvasLayerExport } from '../../../lib/compose-export-svg';
import { marksToPngDataUrl, marksToSvgPaths } from './draw';
import { placeMarks } from './marks';

export function canvasLayerExport(points: PlotPoints, xAxis: AxisSpec, yAxis: AxisSpec): CanvasLayerExport {
  return {
    toPng: (box, scale) => marksToPngDataUrl(placeMarks(points, xAxis, yAxis, box), box, scale),
    toPaths: (box, background) => marksToSvgPaths(placeMarks(points, xAxis, yAxis, box), background, box.x, box.y),
  };
}
