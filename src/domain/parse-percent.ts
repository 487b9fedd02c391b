// Parses benchmark scores: "86.4%", "86.4", or a 0–1 fraction where the column is declared fractional.
import { classifyEmpty, fail, isEstimateText, ok, type Measured, type ParseResult } from './measured';

export type ScoreScale = 'percent' | 'fraction';

export function parsePercent(rawInput: string, scale: ScoreScale = 'percent'): ParseResult<Measured> {
  const raw = rawInput ?? '';
  const empty = classifyEmpty(raw);
  if (empty) return ok({ value: null, raw, status: empty.status, ...(empty.note ? { note: empty.note } : {}) });

  const match = /^\s*[~≈]?\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(%?)\s*(?:\((?:est\.?|estimated)\))?\s*$/i.exec(raw);
  if (!match || match[1] === undefined) return fail(`'${raw}' is not a number`);
  const n = Number(match[1]);
  const hasPercentSign = match[2] === '%';
  const value = scale === 'fraction' && !hasPercentSign ? n * 100 : n;
  if (!Number.isFinite(value)) return fail(`'${raw}' is not a number`);
  if (scale === 'fraction' && !hasPercentSign && (n < 0 || n > 1)) {
    return fail(`'${raw}' is outside 0–1, but the column is declared as fractions`);
  }
  if (value < 0 || value > 100) return fail(`'${raw}' is outside 0–100%`);
  // Round away float noise from fraction scaling (0.868 * 100 = 86.80000000000001).
  const clean = Math.round(value * 1e9) / 1e9;
  return ok({ value: clean, raw, status: isEstimateText(raw) ? 'estimated' : 'reported' });
}
