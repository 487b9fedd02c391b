// "Search models": matches name and organization.
import { selectFilters } from '../../store/selectors';
import { useAppStore } from '../../store/store';

export function SearchBox() {
  const { search } = useAppStore(selectFilters);
  const setSearch = useAppStore((s) => s.setSearch);
  return (
    <label className="field">
      <span className="field-label">Search models</span>
      <input type="search" value={search} placeholder="Name or organization" onChange={(e) => setSearch(e.target.value)} />
    </label>
  );
}
