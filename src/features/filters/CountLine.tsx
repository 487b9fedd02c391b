// "Showing 4 of 6 models": always true, and says why any model is out for lacking a value.
import { useAllModels, useFilterOutcome, useVisibleModels } from '../../store/derived';
import { useAppStore } from '../../store/store';

export function CountLine() {
  const total = useAllModels().length;
  const { models, hiddenNoSize, hiddenNoTier } = useFilterOutcome();
  const visible = useVisibleModels().length;
  const resetFilters = useAppStore((s) => s.resetFilters);
  const switchedOff = models.length - visible;
  const parts = [
    switchedOff > 0 && `${switchedOff} switched off in charts`,
    hiddenNoSize > 0 && `${hiddenNoSize} hidden: size undisclosed`,
    hiddenNoTier > 0 && `${hiddenNoTier} hidden: no cost tier`,
  ].filter(Boolean);
  return (
    <div className="count-line">
      <output aria-live="polite">
        <strong>Showing {models.length} of {total} models</strong>
        {parts.length > 0 && <span className="count-detail"> · {parts.join(' · ')}</span>}
      </output>
      <button type="button" className="btn" onClick={resetFilters}>Reset filters</button>
    </div>
  );
}
