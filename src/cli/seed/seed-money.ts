import type { Fen } from '../../domain/money';

/** The catalogue counts in yuan; the services take fen. */
export const FEN_PER_YUAN = 100;

/** A whole number of `stepFen` (a yuan, a thousand yuan), rounded down, and never less than one. */
export const roundedDown = (fen: number, stepFen: Fen): Fen => Math.max(stepFen, Math.floor(fen / stepFen) * stepFen);
