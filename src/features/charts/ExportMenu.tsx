// A chart's export menu: size (landscape by default, square, portrait), theme (chosen here, not the page's), PNG
// scale, then PNG, SVG or a copy. The chart is drawn again at the export's size; the export code loads on demand.
import { useState } from 'react';
import { Popover } from '../../components/ui/Popover';
import { exportFileName } from '../../domain/export/describe-view';
import { FIELDS } from '../../domain/fields';
import { EXPORT_PRESETS, type ExportPreset } from '../../lib/export-presets';
import type { ExportInput } from './export-description';

interface Props {
  datasetId: string;
  /** What the export is made from, read when it is made (filters and date then). */
  input: () => ExportInput;
}

export function ExportMenu({ datasetId, input }: Props) {
  const [preset, setPreset] = useState<ExportPreset>('landscape');
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [scale, setScale] = useState(1);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (kind: 'png' | 'svg' | 'copy') => {
    setBusy(true);
    setStatus(null);
    try {
      const request = input();
      const { spec } = request;
      const fileName = (ext: string) => exportFileName(datasetId, FIELDS[spec.x], FIELDS[spec.y], ext);
      const { runExport } = await import('./export-run');
      const r = await runExport({ kind, preset, theme, scale, fileName, input: request });
      setStatus({ text: r.message, error: !r.ok });
    } catch (e) {
      setStatus({ text: `Export failed: ${e instanceof Error ? e.message : String(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popover label="Export" className="export-menu">
      <label className="field">
        <span className="field-label">Size</span>
        <select value={preset} onChange={(e) => setPreset(e.target.value as ExportPreset)}>
          {Object.entries(EXPORT_PRESETS).map(([k, p]) => <option key={k} value={k}>{p.label}</option>)}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Theme</span>
        <select value={theme} onChange={(e) => setTheme(e.target.value === 'dark' ? 'dark' : 'light')}>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <label className="field">
        <span className="field-label">PNG scale</span>
        <select value={scale} onChange={(e) => setScale(Number(e.target.value))}>
          <option value={1}>1×</option>
          <option value={2}>2×</option>
          <option value={4}>4×</option>
        </select>
      </label>
      <div className="menu-actions">
        <button type="button" className="btn" disabled={busy} onClick={() => run('png')}>Download PNG</button>
        <button type="button" className="btn" disabled={busy} onClick={() => run('svg')}>Download SVG</button>
        <button type="button" className="btn" disabled={busy} onClick={() => run('copy')}>Copy image</button>
      </div>
      <output className={`export-status${status?.error ? ' is-error' : ''}`} aria-live="polite">{status?.text}</output>
    </Popover>
  );
}
