// The models table's body: the rows in view (all of a short table), written to the DOM by a RowPool, and the
// virtualizer that says which rows those are. A scroll step goes from the virtualizer to the pool without a
// React render; React renders the table again only when its data, order or column widths change. The
// virtualizer's code arrives on demand (virtual-core.ts); until then a long table shows its first rows.
import type { Virtualizer, VirtualizerOptions } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { usePrefetchWhenIdle } from '../../components/ui/usePrefetchWhenIdle';
import { hiddenIdSet } from '../../store/derived';
import { useAppStore } from '../../store/store';
import type { AppState } from '../../store/types';
import { columns, type ColumnMeta, type TableRow } from './columns';
import { listenToRows } from './row-events';
import { HIDDEN, HOVERED, RowPool, SELECTED, type FlagsOf, type RowSlot } from './row-pool';
import { loadVirtualCore, virtualCore, type VirtualCore } from './virtual-core';

const ROW_HEIGHT = 44;
/** Rows a long table shows while the virtualizer's code is still on its way (a local fetch: milliseconds). */
const ROWS_BEFORE_VIRTUALIZER = 60;
const CELLS = columns.map((c) => c.meta as ColumnMeta);
const PARETO_COLUMN = columns.findIndex((c) => c.id === 'pareto');

export interface BodyRows {
  /** Display positions 0…count-1; rowAt answers undefined for a position it has no row for. */
  count: number;
  rowAt: (at: number) => TableRow | undefined;
  /** Only the rows in view (plus overscan) are in the DOM. */
  virtual: boolean;
}

type RowVirtualizer = Virtualizer<HTMLDivElement, HTMLTableRowElement>;

/**
 * A row's height for the virtualizer, exactly as laid out (69.53 px, not 70): rounded, every row's offset was
 * off by the rounding of the rows above it, so each step that mounted and unmounted rows moved every row on
 * screen by a fraction of a pixel, and the whole table was repainted and rastered again in each frame.
 * Sizes come from its ResizeObserver, which reports after the browser's own layout. Asked when a row mounts
 * (no entry), the row's known size is kept: reading offsetHeight there forced a layout of the table inside
 * every scroll step (~5 ms a step at 100,000 rows, in frames that were already full).
 */
function measureRow(el: Element, entry: ResizeObserverEntry | undefined, known: number | undefined, typical: { current: number }): number {
  if (!entry) return known ?? typical.current;
  const box = entry.borderBoxSize?.[0];
  const size = box ? box.blockSize : el.getBoundingClientRect().height;
  typical.current = size;
  return size;
}

/** Each model's flags in the store, for the rows. */
function flagsOfState(s: AppState): FlagsOf {
  const hidden = hiddenIdSet(s.hiddenIds);
  return (id) => (hidden.has(id) ? HIDDEN : 0) | (s.selectedId === id ? SELECTED : 0) | (s.hoveredId === id ? HOVERED : 0);
}

/**
 * Keeps `body`'s rows in step with `rows` and with the scroll of `scroller`. Answers a function that scrolls a
 * long table to a row by its display position (it may not be in the DOM yet).
 */
export function useBodyRows(scroller: RefObject<HTMLDivElement | null>, body: RefObject<HTMLTableSectionElement | null>, rows: BodyRows): (at: number) => void {
  const latest = useRef(rows);
  const pool = useRef<RowPool | null>(null);
  const virtualizer = useRef<RowVirtualizer | null>(null);
  // Rows not yet measured are estimated at the height of the last row measured. A measurement that differs
  // from the estimate makes the virtualizer recompute every row's offset after it (O(rows)): with a fixed guess
  // (44 px against 70 px rows of imported data) that happened for each row scrolled into view, and at 100,000
  // rows it dropped frames.
  const typical = useRef(ROW_HEIGHT);
  const painting = useRef({ now: false, again: false });

  const virtualizerUnmount = useRef<(() => void) | null>(null);
  /** A row to scroll to that was asked for before the virtualizer existed. */
  const pendingScroll = useRef<number | null>(null);
  const loadFailed = useRef(false);

  const paint = () => {
    // Measuring a new row can make the virtualizer report a change while the rows are being written: that
    // change is painted straight after, not inside.
    const state = painting.current;
    if (state.now) {
      state.again = true;
      return;
    }
    state.now = true;
    try {
      for (let round = 0; round < 3; round++) {
        state.again = false;
        paintOnce(virtualizer.current);
        if (!state.again) break;
      }
    } finally {
      state.now = false;
    }
  };
  const paintOnce = (v: RowVirtualizer | null) => {
    const target = pool.current;
    if (!target) return;
    const { count, rowAt, virtual } = latest.current;
    const slots: RowSlot[] = [];
    const add = (at: number) => {
      const row = rowAt(at);
      if (row) slots.push({ at, row });
    };
    let padTop = 0;
    let padBottom = 0;
    if (virtual && v) {
      const items = v.getVirtualItems();
      for (const item of items) add(item.index);
      padTop = items[0]?.start ?? 0;
      padBottom = v.getTotalSize() - (items.at(-1)?.end ?? 0);
    } else if (virtual) {
      // The first rows, and room for the rest, so the scrollbar already tells the table's length.
      const shown = Math.min(count, ROWS_BEFORE_VIRTUALIZER);
      for (let at = 0; at < shown; at++) add(at);
      padBottom = (count - shown) * typical.current;
    } else {
      for (let at = 0; at < count; at++) add(at);
    }
    const { created, removed } = target.render(slots, padTop, padBottom, flagsOfState(useAppStore.getState()));
    if (!virtual || !v) return;
    // Rows that left are forgotten (and no longer observed), new ones measured as they lay out.
    if (removed) v.measureElement(null);
    for (const tr of created) v.measureElement(tr);
  };

  const options = (core: VirtualCore, { virtual, count }: BodyRows): VirtualizerOptions<HTMLDivElement, HTMLTableRowElement> => ({
    count: virtual ? count : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => typical.current,
    measureElement: (el, entry, instance) => measureRow(el, entry, instance.measurementsCache[instance.indexFromElement(el)]?.size, typical),
    overscan: 10,
    scrollToFn: core.elementScroll,
    observeElementRect: core.observeElementRect,
    observeElementOffset: core.observeElementOffset,
    onChange: paint,
    // Row sizes are kept by position (the virtualizer's default key), not by model id: its size cache is a Map
    // looked up for every row whenever offsets are recomputed, and with 100,000 id strings as keys that pass
    // took 22-98 ms of each large import's commit, against 7-8 ms keyed by position. A row that moves keeps
    // no size of its own; the one now at its position is measured when it mounts, as any row is.
  });

  /** Makes the virtualizer once its code is here; it then keeps the rows in view, as the table scrolls. */
  const startVirtualizer = (core: VirtualCore) => {
    if (virtualizer.current || !pool.current || !latest.current.virtual) return;
    const v = new core.Virtualizer(options(core, latest.current));
    virtualizer.current = v;
    // _didMount and _willUpdate are how virtual-core's own framework adapters (useVirtualizer) drive it.
    // oxlint-disable-next-line no-underscore-dangle
    virtualizerUnmount.current = v._didMount();
    // oxlint-disable-next-line no-underscore-dangle
    v._willUpdate();
    // Rows shown before it existed are measured as new ones are: a row that stays is not created again.
    for (const tr of pool.current.rows()) v.measureElement(tr);
    paint();
    const at = pendingScroll.current;
    pendingScroll.current = null;
    if (at !== null) v.scrollToIndex(at, { align: 'center' });
  };

  useLayoutEffect(() => {
    const el = body.current!;
    const rowPool = new RowPool(el, CELLS, PARETO_COLUMN);
    pool.current = rowPool;
    const stop = listenToRows(el, {
      hover: (id) => useAppStore.getState().hover(id),
      toggle: (id) => {
        useAppStore.getState().toggleModel(id);
        rowPool.syncFlags(id, flagsOfState(useAppStore.getState())(id));
      },
    });
    return () => {
      stop();
      virtualizerUnmount.current?.();
      virtualizerUnmount.current = null;
      rowPool.clear();
      pool.current = null;
      virtualizer.current = null;
    };
  }, [body]);
  // After every render: the data, order or count may have changed, and the scroller may be new.
  useLayoutEffect(() => {
    latest.current = rows;
    const v = virtualizer.current;
    const core = virtualCore();
    if (v && core) {
      v.setOptions(options(core, rows));
      // oxlint-disable-next-line no-underscore-dangle
      v._willUpdate();
    } else if (rows.virtual && core) {
      startVirtualizer(core);
      return;
    } else if (rows.virtual) {
      loadVirtualCore().then(startVirtualizer, (e: unknown) => {
        if (loadFailed.current) return; // each later render tries again; the notice is given once
        loadFailed.current = true;
        useAppStore.getState().addNotice(`The table shows only its first ${ROWS_BEFORE_VIRTUALIZER} rows: the code that shows the rest did not load (${e instanceof Error ? e.message : String(e)}). Reload the page to try again.`);
      });
    }
    paint();
  });
  // The virtualizer's code is fetched while the page is idle, so that the first long table has it at hand.
  usePrefetchWhenIdle(loadVirtualCore);
  // A row's flags follow the store live, and change nothing else: the table itself does not re-render for them.
  useEffect(() => useAppStore.subscribe((s, prev) => {
    if (s.hiddenIds !== prev.hiddenIds || s.selectedId !== prev.selectedId || s.hoveredId !== prev.hoveredId) pool.current?.setFlags(flagsOfState(s));
  }), []);
  return useCallback((at: number) => {
    const v = virtualizer.current;
    if (v) v.scrollToIndex(at, { align: 'center' });
    else pendingScroll.current = at;
  }, []);
}
