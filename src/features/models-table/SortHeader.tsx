// A sortable column header: a button that cycles the sort, with aria-sort on the cell.
import { FlexRender, type Header } from '@tanstack/react-table';
import type { ModelRecord } from '../../domain/model';
import type { features } from './columns';

export function SortHeader({ header }: { header: Header<typeof features, ModelRecord, unknown> }) {
  const sorted = header.column.getIsSorted();
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
  const meta = header.column.columnDef.meta as { numeric?: boolean; derived?: boolean } | undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={[meta?.numeric && 'num', meta?.derived && 'derived'].filter(Boolean).join(' ') || undefined}>
      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
        <FlexRender header={header} />
        <span className="sort-icon" aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
      </button>
    </th>
  );
}
