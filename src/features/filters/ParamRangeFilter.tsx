// Parameter-count filter: a two-thumb log-scale slider (Radix, for its keyboard and ARIA handling), the range
// printed beside it, presets, and whether a narrowed range keeps models of undisclosed size (by default it does not:
// an undisclosed size is not known to be in the range).
import * as Slider from '@radix-ui/react-slider';
import { useId, type KeyboardEvent } from 'react';
import { formatCount } from '../../domain/format';
import { boundsFromStops, describeSizeRange, LAST_STOP, SCALE_MARKS, SIZE_PRESETS, SIZE_STOPS, stopIndex } from '../../domain/size-scale';
import { selectFilters } from '../../store/selectors';
import { useAppStore } from '../../store/store';

const stopText = (i: number, end: 'min' | 'max') =>
  (end === 'min' && i === 0) ? 'no minimum' : (end === 'max' && i === LAST_STOP) ? 'no maximum' : formatCount(SIZE_STOPS[i]!);

export function ParamRangeFilter() {
  const { paramMin, paramMax, includeUndisclosedSize } = useAppStore(selectFilters);
  const setParamRange = useAppStore((s) => s.setParamRange);
  const setIncludeUndisclosedSize = useAppStore((s) => s.setIncludeUndisclosedSize);
  const lo = stopIndex(paramMin, 'min');
  const hi = stopIndex(paramMax, 'max');
  const active = (min: number | null, max: number | null) => min === paramMin && max === paramMax;
  const narrowed = paramMin !== null || paramMax !== null;
  const undisclosedHint = useId();
  // Radix sends Home to the first thumb and End to the last, whichever has focus, and focus follows: the focused
  // thumb goes to its own end instead (as in the APG multi-thumb slider), and keeps focus.
  const toEnd = (thumb: 'min' | 'max') => (e: KeyboardEvent) => {
    if (e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    if (thumb === 'min') setParamRange(...boundsFromStops(e.key === 'Home' ? 0 : hi, hi));
    else setParamRange(...boundsFromStops(lo, e.key === 'Home' ? lo : LAST_STOP));
  };

  return (
    <fieldset className="filter-group">
      <legend>Parameters</legend>
      <div className="range-readout" aria-live="polite">{describeSizeRange(paramMin, paramMax)}</div>
      <Slider.Root
        className="slider" min={0} max={LAST_STOP} step={1} minStepsBetweenThumbs={0}
        value={[lo, hi]}
        onValueChange={([a, b]) => setParamRange(...boundsFromStops(a ?? 0, b ?? LAST_STOP))}
      >
        <Slider.Track className="slider-track"><Slider.Range className="slider-range" /></Slider.Track>
        <Slider.Thumb className="slider-thumb" aria-label="Minimum parameters" aria-valuetext={stopText(lo, 'min')} onKeyDown={toEnd('min')} />
        <Slider.Thumb className="slider-thumb" aria-label="Maximum parameters" aria-valuetext={stopText(hi, 'max')} onKeyDown={toEnd('max')} />
      </Slider.Root>
      <div className="slider-scale" aria-hidden="true">
        {SCALE_MARKS.map((m) => <span key={m.label} style={{ left: `${m.at}%` }}>{m.label}</span>)}
      </div>
      <div className="presets">
        {SIZE_PRESETS.map((p) => (
          <button key={p.label} type="button" className="chip" aria-pressed={active(p.min, p.max)} onClick={() => setParamRange(p.min, p.max)}>
            {p.label}
          </button>
        ))}
      </div>
      <label className="check">
        <input
          type="checkbox" checked={includeUndisclosedSize} onChange={(e) => setIncludeUndisclosedSize(e.target.checked)}
          aria-describedby={undisclosedHint}
        />
        Include undisclosed size
      </label>
      <span id={undisclosedHint} className="hint">{narrowed ? (includeUndisclosedSize ? 'Models of undisclosed size are kept.' : 'Models of undisclosed size are left out.') : 'All sizes: every model is in.'}</span>
    </fieldset>
  );
}
