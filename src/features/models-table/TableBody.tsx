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

/** A row's height before it is measured: one line of text. */
const ESTIMATED_ROW_PX = 35;

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
  // This app does not use the React Compiler: this component re-renders at each scroll step, as useVirtualizer
  // means it to, and passes the rows only values and the virtualizer's stable measureElement.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATED_ROW_PX,
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
