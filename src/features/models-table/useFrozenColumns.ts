// Column widths of a long (virtualized) table, frozen after the browser's own table layout has sized them: with
// automatic layout a column widens or narrows whenever a longer value scrolls into view, and every scroll step
// sizes every column again. Frozen, the table lays out as `table-layout: fixed`: the same widths, found once.
import { useEffect, useState, type RefObject } from 'react';

/**
 * The header cells' widths (CSS px), measured after a render without frozen widths; null while not frozen.
 * Measured again whenever `key` changes (new data, a header whose text changed) or the container's width does.
 * They are read at the next frame, once the browser has laid out and painted the table its own way: freezing
 * the same widths changes nothing on screen, and reading them forces no extra layout inside React's commit.
 */
export function useFrozenColumns(
  headRow: RefObject<HTMLTableRowElement | null>, container: HTMLElement | null, enabled: boolean, key: unknown,
): number[] | null {
  const width = useWidthChanges(container);
  const [frozen, setFrozen] = useState<{ key: unknown; width: number; widths: number[] } | null>(null);
  const widths = enabled && frozen !== null && Object.is(frozen.key, key) && frozen.width === width ? frozen.widths : null;
  useEffect(() => {
    if (!enabled || widths !== null) return;
    const frame = requestAnimationFrame(() => {
      const cells = headRow.current ? [...headRow.current.children] : [];
      const measured = cells.map((c) => c.getBoundingClientRect().width);
      // Without layout (jsdom) there is nothing to freeze.
      if (measured.some((w) => w > 0)) setFrozen({ key, width, widths: measured });
    });
    return () => cancelAnimationFrame(frame);
  }, [enabled, widths, key, width, headRow]);
  return widths;
}

/**
 * The element's width after it last changed (a window resized), 0 until then. The observer's first report is
 * the width the columns were first sized at: acting on it would size them twice at every load.
 */
function useWidthChanges(el: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    let last: number | null = null;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (last !== null && next !== last) setWidth(next);
      last = next;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return width;
}
