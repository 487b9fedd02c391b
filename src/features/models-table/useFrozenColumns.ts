// Column widths of a long (virtualized) table, frozen after the browser's own table layout has sized them.
// With automatic table layout, every scroll step that brought new rows made the browser size every column
// again over all rendered cells (~5 ms a frame at 100,000 rows, in frames that were already full), and a
// column widened or narrowed whenever a longer value scrolled into view. Frozen, the table lays out as
// `table-layout: fixed`: the same widths, found once.
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The header cells' widths (CSS px), measured after a render without frozen widths; null while not frozen.
 * Measured again whenever `key` changes (new data, a header whose text changed) or the container's width does.
 */
export function useFrozenColumns(
  headRow: RefObject<HTMLTableRowElement | null>, container: RefObject<HTMLElement | null>, enabled: boolean, key: unknown,
): number[] | null {
  const width = useWidthChanges(container);
  const [frozen, setFrozen] = useState<{ key: unknown; width: number; widths: number[] } | null>(null);
  const widths = enabled && frozen !== null && Object.is(frozen.key, key) && frozen.width === width ? frozen.widths : null;
  useLayoutEffect(() => {
    if (!enabled || widths !== null) return;
    const cells = headRow.current ? [...headRow.current.children] : [];
    const measured = cells.map((c) => c.getBoundingClientRect().width);
    // Without layout (jsdom) there is nothing to freeze. Measuring the layout just committed and rendering again
    // before paint is what a layout effect is for: the unfrozen table is never painted.
    // oxlint-disable-next-line react/set-state-in-effect
    if (measured.some((w) => w > 0)) setFrozen({ key, width, widths: measured });
  }, [enabled, widths, key, width, headRow]);
  return widths;
}

/**
 * The element's width after it last changed (a window resized), 0 until then. The observer's first report is
 * the width the columns were first sized at: acting on it would size them twice at every load.
 */
function useWidthChanges(container: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = container.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let last: number | null = null;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (last !== null && next !== last) setWidth(next);
      last = next;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [container]);
  return width;
}
