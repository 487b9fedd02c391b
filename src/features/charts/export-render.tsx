// Draws a chart once more, off screen, at an export's size and in its theme, through the same renderChart the page
// uses: labels, ticks and marks are placed for that size, so the export is laid out for itself, not scaled.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ChartArgs } from './render-chart';
import { renderChart } from './render-chart';

export interface OffscreenChart {
  svg: SVGSVGElement;
  /** The theme's colours as the export's CSS resolved them. */
  colours: { background: string; text: string; muted: string };
  dispose: () => void;
}

/** Renders the chart into a hidden host carrying the export's theme and resolves once Recharts has laid it out. */
export function renderOffscreen(args: Omit<ChartArgs, 'onReady' | 'interactive'>, theme: 'light' | 'dark'): Promise<OffscreenChart> {
  const host = document.createElement('div');
  host.className = 'export-host';
  host.dataset.exportTheme = theme;
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  const root = createRoot(host);
  const dispose = () => {
    root.unmount();
    host.remove();
  };
  return new Promise<OffscreenChart>((resolve, reject) => {
    const onReady = () => {
      const svg = host.querySelector<SVGSVGElement>('svg.recharts-surface');
      if (!svg) return reject(new Error('the chart could not be drawn for the export'));
      const css = getComputedStyle(host);
      const v = (name: string) => css.getPropertyValue(name).trim();
      resolve({ svg, colours: { background: v('--surface'), text: v('--text'), muted: v('--muted') }, dispose });
    };
    try {
      flushSync(() => root.render(renderChart({ ...args, interactive: false, onReady })));
    } catch (e) {
      dispose();
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
