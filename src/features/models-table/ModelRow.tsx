// One model's row: a show/hide checkbox and a cell per visible column. Memoised, and it reads its own hidden,
// selected and hovered flags from the store, so a flag change or a scroll re-renders only the rows it touches.
import { FlexRender, type Column, type Row } from '@tanstack/react-table';
import { memo, type Ref } from 'react';
import { hiddenIdSet } from '../../store/derived';
import { useAppStore } from '../../store/store';
import type { ColumnMeta, features, TableRow } from './columns';

interface Props {
  row: Row<typeof features, TableRow>;
  /** Position in display order, from 0. */
  index: number;
  /** The visible columns, in order. */
  columns: readonly Column<typeof features, TableRow, unknown>[];
  /** The virtualizer measures each row it shows. */
  measure?: Ref<HTMLTableRowElement>;
  /**
   * False while the table scrolls: rows passing under a pointer that stays still are not a choice, and each would
   * make every chart highlight its model. The row itself still shows the pointer (CSS :hover).
   */
  followsPointer?: boolean;
}

export const ModelRow = memo(function ModelRow({ row, index, columns, measure, followsPointer = true }: Props) {
  const { id } = row;
  const hidden = useAppStore((s) => hiddenIdSet(s.hiddenIds).has(id));
  const selected = useAppStore((s) => s.selectedId === id);
  const hovered = useAppStore((s) => s.hoveredId === id);
  const toggleModel = useAppStore((s) => s.toggleModel);
  const hover = useAppStore((s) => s.hover);
  const cells = row.getAllCellsByColumnId();
  const className = [hidden && 'row-hidden', selected && 'row-selected', hovered && 'row-hovered'].filter(Boolean).join(' ');
  return (
    <tr
      ref={measure} data-index={index} data-model-id={id} aria-rowindex={index + 2} className={className || undefined}
      onMouseEnter={() => followsPointer && hover(id)} onMouseLeave={() => hover(null)} onFocus={() => hover(id)} onBlur={() => hover(null)}
    >
      <td className="col-toggle">
        <input type="checkbox" aria-label={`Show ${row.original.model.name}`} checked={!hidden} onChange={() => toggleModel(id)} />
      </td>
      {columns.map((column) => {
        const cell = cells[column.id];
        const meta = column.columnDef.meta as ColumnMeta | undefined;
        return <td key={column.id} className={meta?.numeric ? 'num' : column.id === 'name' ? 'col-name' : undefined}>{cell && <FlexRender cell={cell} />}</td>;
      })}
    </tr>
  );
});
