// The largest values the app accepts: far above any real model, low enough that an axis built over them stays drawable.
export const MAX_PARAMETERS = 1e15;
export const MAX_FLOP = 1e35;
/** Below this a FLOP count is kept but questioned: the smallest on record is Theseus's 40 (1950, Epoch AI). */
export const PLAUSIBLE_MIN_FLOP = 1e3;
/** Dates a model can have: none was published before 1950, none after 2099 (epoch milliseconds, UTC). */
export const MIN_DATE_MS = Date.UTC(1950, 0, 1);
export const MAX_DATE_MS = Date.UTC(2100, 0, 1) - 1;
/** A price per million tokens far above any model's ($75 was the highest in 2024). */
export const MAX_PRICE = 1e6;
