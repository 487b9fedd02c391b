// One table row, memoised: toggling, hovering or selecting a model re-renders that row only, because the row
// subscribes to its own flags (the table itself does not re-render on hover). It takes no table object (whose
// identity changes each render), only its own row, and compares that by what it shows: TanStack makes new Row
// objects for the rows on screen whenever that window moves, and every visible row re-rendered on each scroll step.
import { FlexRender, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import { useModelFlags } from '../../store/derived';
import { useAppStore } from '../../store/store';
import type { features, TableRow } from './columns';
import { scrollingTableOf } from './scrolling';

interface Props {
  row: Row<typeof features, TableRow>;
  at: number;
  measure: ((el: Element | null) => void) | undefined;
}

const sameRow = (a: Props, b: Props) => a.row.original.m === b.row.original.m && a.row.original.pareto === b.row.original.pareto
  && a.at === b.at && a.measure === b.measure;

export const ModelRow = memo(function ModelRow({ row, at, measure }: Props) {
  const m = row.original.m;
  const { hidden, selected, hovered } = useModelFlags(m.id);
  // Actions are read when called: subscribing to them cost a store subscription each per mounted row.
  const hover = (id: string | null) => useAppStore.getState().hover(id);
  const classes = [hidden && 'row-hidden', selected && 'row-selected', hovered && 'row-hovered'].filter(Boolean).join(' ');
  return (
    <tr
      className={classes || undefined}
      data-model-id={m.id}
      data-index={at}
      aria-rowindex={at + 2}
      ref={measure}
      onMouseEnter={(e) => {
        // Rows pass under a still pointer while the table scrolls: highlighting each in every chart on the way
        // cost ~3 ms a frame at 100,000 models. The row under the pointer takes the hover when scrolling stops.
        if (!scrollingTableOf(e.currentTarget)) hover(m.id);
      }}
      onMouseLeave={(e) => {
        // Nor does leaving one clear the charts' highlight mid-scroll: the table settles it when scrolling stops.
        const scrolling = scrollingTableOf(e.currentTarget);
        if (scrolling) scrolling.dataset.hoverLeft = '';
        else hover(null);
      }}
      onFocus={() => hover(m.id)}
      onBlur={() => hover(null)}
    >
      <td className="col-toggle">
        <input type="checkbox" checked={!hidden} aria-label={`Show ${m.name}`} onChange={() => useAppStore.getState().toggleModel(m.id)} />
      </td>
      {row.getAllCells().map((cell) => (
        <td key={cell.id} className={(cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric ? 'num' : undefined}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
}, sameRow);
