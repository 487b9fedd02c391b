// "Showing 4 of 6 models": always true, and says why any model is out for lacking a value.
import { useAllModels, useFilterOutcome, useVisibleModels } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { formatInteger } from '../../domain/format';

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
        <strong>Showing {formatInteger(models.length)} of {formatInteger(total)} models</strong>
        {/* The detail has a line of its own, kept even when empty: the panel below no longer jumps a line
            (and re-rasters) when the first model is switched off. */}
        <span className="count-detail">
          {parts.length > 0 && <><span className="sr-only"> · </span>{parts.join(' · ')}</>}
        </span>
      </output>
      <button type="button" className="btn" onClick={resetFilters}>Reset filters</button>
    </div>
  );
}
