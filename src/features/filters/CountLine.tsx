// "Showing 4 of 6 models": always true, and says every reason a model is out, with how many (each model counted
// once, under the first filter it fails), and how many are switched off in the charts.
import { formatInteger } from '../../domain/format';
import { useAllModels, useFilterOutcome, useVisibleModels } from '../../store/derived';
import { useAppStore } from '../../store/store';

export function CountLine() {
  const total = useAllModels().length;
  const { models, out } = useFilterOutcome();
  const visible = useVisibleModels().length;
  const resetFilters = useAppStore((s) => s.resetFilters);
  const switchedOff = models.length - visible;
  const reasons = [
    out.size > 0 && `${formatInteger(out.size)} by size`,
    out.undisclosedSize > 0 && `${formatInteger(out.undisclosedSize)} of undisclosed size`,
    out.tier > 0 && `${formatInteger(out.tier)} by cost tier`,
    out.search > 0 && `${formatInteger(out.search)} by search`,
  ].filter(Boolean);
  const parts = [
    reasons.length > 0 && `Out: ${reasons.join(', ')}`,
    switchedOff > 0 && `${formatInteger(switchedOff)} switched off in charts`,
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
