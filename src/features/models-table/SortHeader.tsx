// A sortable column header: a button that cycles the sort, with aria-sort on the cell.
import { FlexRender, type Header } from '@tanstack/react-table';
import type { ColumnMeta, features, TableRow } from './columns';

export function SortHeader({ header, suffix = '' }: { header: Header<typeof features, TableRow, unknown>; suffix?: string }) {
  const sorted = header.column.getIsSorted();
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
  const meta = header.column.columnDef.meta as ColumnMeta | undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={[meta?.numeric && 'num', meta?.derived && 'derived', header.column.id === 'name' && 'col-name'].filter(Boolean).join(' ') || undefined}>
      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
        <FlexRender header={header} />{suffix && ' '}{suffix && <span className="header-suffix">{suffix}</span>}
        <span className="sort-icon" aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
      </button>
    </th>
  );
}
