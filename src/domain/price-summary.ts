// A model's price per million tokens in two tip lines (input, output and the blended 3:1 figure; then the source
// with its date), shown beside the inference cost tier the source gives: a tier is an opinion, a price a number.
import type { Explanation } from './explain-value';
import { blendedPrice } from './fields';
import { formatPrice } from './format';
import { hasValue, type Measured } from './measured';
import type { ModelRecord } from './model';

const priced = (m: Measured | undefined): m is Measured & { value: number } => m !== undefined && hasValue(m);
const amount = (m: Measured & { value: number }, what: string) => `${formatPrice(m.value)} ${what}${m.status === 'estimated' ? ' (estimated)' : ''}`;

/** Whether the model has an input or output price. */
export function hasPrice(model: ModelRecord): boolean {
  return priced(model.extra?.priceInput) || priced(model.extra?.priceOutput);
}

/**
 * "Price per million tokens: $30 input, $60 output, $37.5 blended (3 input : 1 output)" and "Price source: LiteLLM …
 * (2026-07)"; nothing for a model without a price.
 */
export function priceLines(model: ModelRecord): Explanation {
  const input = model.extra?.priceInput;
  const output = model.extra?.priceOutput;
  const blended = blendedPrice(model);
  const parts = [
    priced(input) && amount(input, 'input'),
    priced(output) && amount(output, 'output'),
    priced(blended) && amount(blended, 'blended (3 input : 1 output)'),
  ].filter((p): p is string => typeof p === 'string');
  if (parts.length === 0) return [];
  const sources = [...new Set([input, output].flatMap((m) => (priced(m) && m.source ? [m.source] : [])))];
  return [['Price per million tokens', parts.join(', ')], ['Price source', sources.join('; ') || undefined]];
}
