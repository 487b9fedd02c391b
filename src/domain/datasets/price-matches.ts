// The reviewed match table from our built-in models to LiteLLM price keys. A line is here only where the model is
// unambiguously the one the key prices; every other model's price stays missing. Reviewed 2026-12 against
// litellm_model_prices_filtered_2026-07.json. `rows` says which built-in table the id belongs to.

export type PricedRows = 'article' | 'extended' | 'epoch';

export interface PriceMatch {
  rows: PricedRows;
  /** Our model id in that table (as the Dataset picker's datasets give it). */
  id: string;
  /** The key in LiteLLM's model_prices_and_context_window.json. */
  key: string;
  why: string;
}

export const PRICE_MATCHES: readonly PriceMatch[] = [
  { rows: 'article', id: 'gpt-4', key: 'gpt-4', why: 'the article\'s GPT-4 is the March 2023 model with 8K context, which LiteLLM keys as gpt-4' },
  { rows: 'article', id: 'claude-3-opus', key: 'claude-3-opus-20240229', why: 'Claude 3 Opus has one snapshot, 20240229' },
  { rows: 'extended', id: 'claude-3-haiku', key: 'claude-3-haiku-20240307', why: 'Claude 3 Haiku has one snapshot, 20240307' },
  { rows: 'extended', id: 'gpt-4-turbo-2024-04-09', key: 'gpt-4-turbo-2024-04-09', why: 'the same dated snapshot' },
  { rows: 'extended', id: 'gpt-4o-2024-05-13', key: 'gpt-4o-2024-05-13', why: 'the same dated snapshot' },
  { rows: 'epoch', id: 'gpt-4', key: 'gpt-4', why: 'Epoch\'s GPT-4 (published 2023-03-15) is the original GPT-4' },
  { rows: 'epoch', id: 'claude-3-opus', key: 'claude-3-opus-20240229', why: 'Claude 3 Opus has one snapshot, 20240229' },
  { rows: 'epoch', id: 'gpt-4o', key: 'gpt-4o-2024-05-13', why: 'Epoch\'s GPT-4o is the model published 2024-05-13, the date of that snapshot' },
  { rows: 'epoch', id: 'gpt-4o-mini', key: 'gpt-4o-mini-2024-07-18', why: 'GPT-4o mini has one snapshot, 2024-07-18, the date Epoch gives' },
  { rows: 'epoch', id: 'gpt-3-5-turbo', key: 'gpt-3.5-turbo', why: 'the same name; LiteLLM prices the gpt-3.5-turbo alias' },
  // Not matched, on purpose:
  // - Extended "GPT-3.5" (GPT-4 Technical Report): the report does not say which GPT-3.5 (text-davinci-003 or a turbo snapshot).
  // - Claude 3 Sonnet, Gemini 1.0 Ultra, Gemini 1.5 Pro, Claude 3.5 Sonnet: no key for them in the price file.
  // - Epoch "GPT-4 Turbo" (2023-11-06) and "o1" (2024-12-05): Epoch names no snapshot, and the dated keys differ.
  // - DeepSeek: deepseek-chat is an alias that has served several models. Open-weight models: no single price.
];
