// The benchmark's table baseline: the same synthetic rows as the app's table after an import, in a plain table
// virtualized with useVirtualizer (spacer rows, as the app's table), in a page of its own. The benchmark scrolls
// it as it scrolls the app's table and reports the app's dropped frames as a ratio to this page's.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { syntheticCsv } from '../synthetic.mjs';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 10000);
const [header, ...lines] = syntheticCsv(n, Number(params.get('seed') ?? 42)).trim().split('\n');
const columns = header!.split(',');
// The synthetic file has no quoted fields: a comma always separates two cells.
const rows = lines.map((line) => line.split(','));

const style = `
  body { font: 13px system-ui, sans-serif; margin: 16px; }
  .table-scroll { overflow: auto; height: 70vh; border: 1px solid #ccc; contain: strict; }
  table { border-collapse: separate; border-spacing: 0; width: 100%; }
  th, td { padding: 6px 10px; border-bottom: 1px solid #eee; text-align: left; white-space: nowrap; }
  th { position: sticky; top: 0; background: #f3f4f6; }
  tr.spacer td { padding: 0; border: 0; }
`;

function PlainTable() {
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller, estimateSize: () => 35, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <>
      <style>{style}</style>
      <h1>{rows.length.toLocaleString()} rows</h1>
      <div className="table-scroll" ref={setScroller}>
        <table aria-label="Models" aria-rowcount={rows.length + 1}>
          <thead><tr>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
          <tbody>
            {before > 0 && <tr className="spacer"><td colSpan={columns.length} style={{ height: before }} /></tr>}
            {items.map((item) => (
              <tr key={item.key} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
                {rows[item.index]!.map((cell, i) => <td key={i}>{cell}</td>)}
              </tr>
            ))}
            {after > 0 && <tr className="spacer"><td colSpan={columns.length} style={{ height: after }} /></tr>}
          </tbody>
        </table>
      </div>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<PlainTable />);
