export const yuan = (fen: number): string => `¥${(fen / 100).toLocaleString('en-US')}`;

/** Counts as `key count, key count`. */
export const list = (counts: Record<string, number>, label: (key: string) => string = (key) => key): string =>
  Object.entries(counts)
    .map(([key, count]) => `${label(key)} ${count}`)
    .join(', ');
