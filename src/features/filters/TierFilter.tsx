// Cost-tier filter: one checkbox per tier present in the data, in tier order, with counts; "Any tier" resets.
import { useMemo } from 'react';
import { COST_TIERS } from '../../domain/cost-tier';
import { useAllModels } from '../../store/derived';
import { selectFilters } from '../../store/selectors';
import { useAppStore } from '../../store/store';

export function TierFilter() {
  const models = useAllModels();
  const { tiers, includeNoTier } = useAppStore(selectFilters);
  const toggleTier = useAppStore((s) => s.toggleTier);
  const setAnyTier = useAppStore((s) => s.setAnyTier);
  const setIncludeNoTier = useAppStore((s) => s.setIncludeNoTier);
  const { counts, noTier } = useMemo(() => {
    const c = new Map<number, number>();
    let none = 0;
    for (const m of models) {
      const t = m.costTier.value;
      if (t === null) none++;
      else c.set(t, (c.get(t) ?? 0) + 1);
    }
    return { counts: c, noTier: none };
  }, [models]);
  const present = [...counts.keys()].sort((a, b) => a - b);
  const isAny = tiers === null && includeNoTier;

  return (
    <fieldset className="filter-group">
      <legend>Inference cost</legend>
      <div className="tier-list">
        {present.map((rank) => (
          <label key={rank} className="check">
            <input type="checkbox" checked={tiers === null || tiers.includes(rank)} onChange={() => toggleTier(rank, present)} />
            {COST_TIERS[rank]} ({counts.get(rank)})
          </label>
        ))}
        {noTier > 0 && (
          <label className="check">
            <input type="checkbox" checked={includeNoTier} onChange={(e) => setIncludeNoTier(e.target.checked)} />
            No tier given ({noTier})
          </label>
        )}
      </div>
      <button type="button" className="btn-link" onClick={setAnyTier} disabled={isAny}>Any tier</button>
    </fieldset>
  );
}
