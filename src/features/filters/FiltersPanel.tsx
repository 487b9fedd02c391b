// The filters sidebar; on a phone it collapses behind a "Filters" button.
import { useId, useState } from 'react';
import { CountLine } from './CountLine';
import { ParamRangeFilter } from './ParamRangeFilter';
import { SearchBox } from './SearchBox';
import { TierFilter } from './TierFilter';

export function FiltersPanel() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <aside className="filters" aria-label="Filters">
      <button type="button" className="btn filters-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? 'Hide filters' : 'Filters'}
      </button>
      <CountLine />
      <div id={panelId} className="filters-body" data-open={open}>
        <SearchBox />
        <ParamRangeFilter />
        <TierFilter />
      </div>
    </aside>
  );
}
