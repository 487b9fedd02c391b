// Prices per million tokens from LiteLLM's price file, attached to the built-in models the match table names.
import type { Measured } from '../measured';
import type { ModelRecord, Source } from '../model';
import litellm from './generated/litellm-prices.json' with { type: 'json' };
import { PRICE_MATCHES, type PricedRows } from './price-matches';

export const LITELLM_CITE = 'LiteLLM model_prices_and_context_window.json (2026-07)';

export const LITELLM: Source = {
  title: 'LiteLLM model prices (2026-07, MIT)',
  citation: 'LiteLLM prices, July 2026 (MIT)',
  url: 'https://github.com/BerriAI/litellm',
  licence: 'MIT',
  author: 'LiteLLM', work: 'model prices and context windows', date: '2026-07',
  fields: ['priceInput', 'priceOutput', 'priceBlended'],
};

/** The raw per-token prices of one key, exactly as the price file writes them. */
export interface RawPrice {
  input_cost_per_token: string;
  output_cost_per_token: string;
}

export interface PriceFile {
  source: string;
  prices: Record<string, RawPrice>;
}

/** "3e-05" per token → 30 per million, exactly: the decimal exponent moves, no float noise. */
export function perMillion(raw: string): number {
  return Number((Number(raw) * 1e6).toPrecision(12));
}

function price(raw: string, field: keyof RawPrice, key: string): Measured {
  return { value: perMillion(raw), raw, status: 'reported', note: `LiteLLM ${field} ${raw} (USD per token) for ${key}`, source: LITELLM_CITE };
}

/** The models with their input and output prices where the match table names them; others are returned as they were. */
export function withPrices(models: readonly ModelRecord[], rows: PricedRows, file: PriceFile = litellm): ModelRecord[] {
  const byId = new Map(PRICE_MATCHES.filter((m) => m.rows === rows).map((m) => [m.id, m.key]));
  return models.map((m) => {
    const key = byId.get(m.id);
    const p = key ? file.prices[key] : undefined;
    if (!key || !p) return m;
    return { ...m, extra: { ...m.extra, priceInput: price(p.input_cost_per_token, 'input_cost_per_token', key), priceOutput: price(p.output_cost_per_token, 'output_cost_per_token', key) } };
  });
}
