/** Charts give money in 万元 (ten thousand yuan): a district's budgets in fen or yuan are too long to read on an axis. */
export const FEN_PER_TEN_THOUSAND_YUAN = 1_000_000;
export const tenThousandYuan = (fen: number): number => Math.round((fen / FEN_PER_TEN_THOUSAND_YUAN) * 100) / 100;
