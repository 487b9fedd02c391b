// Loaded on demand when a user exports a chart: composes the SVG, then saves it, rasterises it or copies it.
import { composeExportSvg, type ExportSvgInput } from './compose-export-svg';
import { downloadBlob } from './download';
import { embeddedFontCss } from './embedded-font';
import { copyPng, svgToPng } from './rasterize';

export type ChartExportKind = 'png' | 'svg' | 'copy';
export type ChartExportResult = { ok: true; message: string } | { ok: false; message: string };

export async function exportChart(
  kind: ChartExportKind, input: Omit<ExportSvgInput, 'fontCss'>, fileName: (ext: string) => string, scale = 1,
): Promise<ChartExportResult> {
  const composed = composeExportSvg({ ...input, fontCss: await embeddedFontCss(), rasterMarksScale: kind === 'svg' ? undefined : scale });
  if (kind === 'svg') {
    downloadBlob(new Blob([composed.svg], { type: 'image/svg+xml;charset=utf-8' }), fileName('svg'));
    return { ok: true, message: `Saved ${fileName('svg')} (${composed.width} × ${composed.height})` };
  }
  const png = await svgToPng(composed.svg, composed.width, composed.height, scale);
  if (kind === 'png') {
    downloadBlob(png, fileName('png'));
    return { ok: true, message: `Saved ${fileName('png')} (${composed.width * scale} × ${composed.height * scale} px)` };
  }
  const copied = await copyPng(png);
  return copied.ok ? { ok: true, message: 'Image copied to the clipboard' } : { ok: false, message: copied.reason };
}
