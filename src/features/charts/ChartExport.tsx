// Export buttons for one chart: PNG at 1×/2×/4×, SVG, and copy to clipboard. The export code loads on demand.
import { useState, type RefObject } from 'react';
import { fileNameFor } from '../../domain/export/describe-view';
import type { ExportSvgInput } from '../../lib/compose-export-svg';

interface Props {
  title: string;
  boxRef: RefObject<HTMLDivElement | null>;
  describe: () => Omit<ExportSvgInput, 'fontCss' | 'chartSvg' | 'theme'>;
}

function themeColours() {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return { background: v('--surface', '#ffffff'), text: v('--text', '#1a1f29'), muted: v('--muted', '#4f5a6b') };
}

export function ChartExport({ title, boxRef, describe }: Props) {
  const [scale, setScale] = useState(2);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (kind: 'png' | 'svg' | 'copy') => {
    const chartSvg = boxRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!chartSvg) return setStatus({ text: 'The chart is not drawn yet.', error: true });
    setBusy(true);
    try {
      const { exportChart } = await import('../../lib/chart-export');
      const r = await exportChart(kind, { ...describe(), chartSvg, theme: themeColours() }, (ext) => fileNameFor(title, ext), scale);
      setStatus({ text: r.message, error: !r.ok });
    } catch (e) {
      setStatus({ text: `Export failed: ${e instanceof Error ? e.message : String(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="chart-export">
      <label className="control control-inline">
        <span>PNG scale</span>
        <select value={scale} onChange={(e) => setScale(Number(e.target.value))}>
          <option value={1}>1×</option>
          <option value={2}>2×</option>
          <option value={4}>4×</option>
        </select>
      </label>
      <button type="button" className="btn" disabled={busy} onClick={() => run('png')}>Export PNG</button>
      <button type="button" className="btn" disabled={busy} onClick={() => run('svg')}>Export SVG</button>
      <button type="button" className="btn" disabled={busy} onClick={() => run('copy')}>Copy image</button>
      <output className={`export-status${status?.error ? ' is-error' : ''}`} aria-live="polite">{status?.text}</output>
    </div>
  );
}
