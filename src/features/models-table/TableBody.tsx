// The table's body: every row of a short table, or a virtualized window of a long one (TanStack's
// "virtualized-rows" pattern, with spacer rows so the table keeps its native layout and semantics).
import type { Column, Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useEffectEvent, useRef } from 'react';
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

/** A point clicked in a chart selects its model: its row is brought into view, whatever the table's order. */
function useScrollToSelected(rows: Props['rows'], scrollTo: (index: number) => void): void {
  const selectedId = useAppStore(selectSelectedId);
  // Only when the selection changes: a re-sort or a filter leaves the scroll where the user put it.
  const bringIntoView = useEffectEvent((id: string) => {
    const index = rows.findIndex((r) => r.id === id);
    if (index >= 0) scrollTo(index);
  });
  useEffect(() => {
    if (selectedId) bringIntoView(selectedId);
  }, [selectedId]);
}

export function AllRows({ rows, columns }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);
  useScrollToSelected(rows, (index) => {
    body.current?.children[index]?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  });
  return (
    <tbody ref={body}>
      {rows.map((row, index) => <ModelRow key={row.id} row={row} index={index} columns={columns} />)}
    </tbody>
  );
}

export function VirtualRows({ rows, columns, scroller }: Props & { scroller: HTMLDivElement | null }) {
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
  useScrollToSelected(rows, (index) => virtualizer.scrollToIndex(index, { align: 'center' }));
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <tbody>
      {before > 0 && <Spacer height={before} />}
      {items.map((item) => {
        const row = rows[item.index]!;
        return <ModelRow key={row.id} row={row} index={item.index} columns={columns} measure={virtualizer.measureElement} />;
      })}
      {after > 0 && <Spacer height={after} />}
    </tbody>
  );
}

/** The room the rows out of view would take, so the scrollbar tells the table's length. */
function Spacer({ height }: { height: number }) {
  return <tr className="spacer" aria-hidden="true"><td colSpan={99} style={{ height }} /></tr>;
}
