// The table's body: every row of a short table, or a virtualized window of a long one (TanStack's
// "virtualized-rows" pattern, with spacer rows so the table keeps its native layout and semantics).
import type { Column, Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { selectSelectedId } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import type { features, TableRow } from './columns';
import { ModelRow } from './ModelRow';

interface Props {
  rows: readonly Row<typeof features, TableRow>[];
  columns: readonly Column<typeof features, TableRow, unknown>[];
}

/** A row's height before any is measured: one line of text. */
const ESTIMATED_ROW_PX = 35;

/**
 * A row's height exactly as laid out (33.84 px, not 34): rounded, as offsetHeight is, every row's offset is off
 * by the rounding of the rows above it, rows shift by a fraction of a pixel at each step and the whole table is
 * repainted. The size comes from the ResizeObserver entry, reported after the browser's own layout; when a row
 * mounts (no entry yet) the last size measured stands in, rather than forcing a layout inside the commit.
 */
function measureRow(el: Element, entry: ResizeObserverEntry | undefined, typical: { current: number }): number {
  if (!entry) return typical.current;
  typical.current = entry.borderBoxSize?.[0]?.blockSize ?? el.getBoundingClientRect().height;
  return typical.current;
}

/**
 * A model selected elsewhere (a chart's point) is brought into view inside the table's own scroller, whatever the
 * table's order: the page itself never moves. "Show in table" (a reveal request) then also moves focus to the row's
 * notes button, which the browser scrolls into view on the page if it must.
 */
function useFollowSelection(rows: Props['rows'], scrollTo: (index: number) => void, body: RefObject<HTMLTableSectionElement | null>): void {
  const selectedId = useAppStore(selectSelectedId);
  const reveal = useAppStore((s) => s.tableReveal);
  const pendingFocus = useRef<string | null>(null);
  // Only when the selection changes or is revealed: a re-sort or a filter leaves the scroll where the user put it.
  const bringIntoView = useEffectEvent((id: string, focus: boolean) => {
    const index = rows.findIndex((r) => r.id === id);
    if (index < 0) return;
    scrollTo(index);
    if (focus) pendingFocus.current = id;
  });
  useEffect(() => {
    if (selectedId) bringIntoView(selectedId, false);
  }, [selectedId]);
  useEffect(() => {
    if (reveal > 0 && selectedId) bringIntoView(selectedId, true);
    // oxlint-disable-next-line react/exhaustive-deps -- a new request, not a new selection, moves focus.
  }, [reveal]);
  // A virtualized row exists only once the scroll has rendered it: focus it after the render that does.
  useEffect(() => {
    const id = pendingFocus.current;
    const button = id && body.current?.querySelector<HTMLElement>(`tr[data-model-id="${CSS.escape(id)}"] [data-row-focus]`);
    if (!button) return;
    pendingFocus.current = null;
    button.focus();
  });
}

/** Scrolls the table's own box (never the page) so that a row sits in its middle, below the sticky header. */
function scrollWithin(scroller: HTMLElement | null, row: Element | undefined): void {
  if (!scroller || !row) return;
  const box = scroller.getBoundingClientRect();
  const r = row.getBoundingClientRect();
  const header = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  if (r.top >= box.top + header && r.bottom <= box.bottom) return;
  scroller.scrollTop += r.top + r.height / 2 - (box.top + header + (box.height - header) / 2);
}

export function AllRows({ rows, columns, scroller }: Props & { scroller: HTMLDivElement | null }) {
  const body = useRef<HTMLTableSectionElement>(null);
  useFollowSelection(rows, (index) => scrollWithin(scroller, body.current?.children[index]), body);
  return (
    <tbody ref={body}>
      {rows.map((row, index) => <ModelRow key={row.id} row={row} index={index} columns={columns} />)}
    </tbody>
  );
}

export function VirtualRows({ rows, columns, scroller }: Props & { scroller: HTMLDivElement | null }) {
  const body = useRef<HTMLTableSectionElement>(null);
  // Rows not yet measured are estimated at the last size measured: a measurement that differs from the estimate
  // moves every row after it, and most rows are alike.
  const typical = useRef(ESTIMATED_ROW_PX);
  // This app does not use the React Compiler: this component re-renders at each scroll step, as useVirtualizer
  // means it to, and passes the rows only values and the virtualizer's stable measureElement.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: () => typical.current,
    measureElement: (el, entry) => measureRow(el, entry, typical),
    overscan: 10,
  });
  useFollowSelection(rows, (index) => virtualizer.scrollToIndex(index, { align: 'center' }), body);
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <tbody ref={body}>
      {before > 0 && <Spacer height={before} />}
      {items.map((item) => {
        const row = rows[item.index]!;
        return <ModelRow key={row.id} row={row} index={item.index} columns={columns} measure={virtualizer.measureElement} followsPointer={!virtualizer.isScrolling} />;
      })}
      {after > 0 && <Spacer height={after} />}
    </tbody>
  );
}

/** The room the rows out of view would take, so the scrollbar tells the table's length. */
function Spacer({ height }: { height: number }) {
  return <tr className="spacer" aria-hidden="true"><td colSpan={99} style={{ height }} /></tr>;
}
