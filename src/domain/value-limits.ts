// The largest values the app accepts: far above any real model, low enough that an axis built over them stays drawable.
export const MAX_PARAMETERS = 1e15;
export const MAX_FLOP = 1e35;
