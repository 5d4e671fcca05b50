import type { Fen } from '../domain/money';

/** ¥1,234.56 from fen, for people to read. */
export function formatYuan(fen: Fen): string {
  const yuan = Math.trunc(fen / 100);
  const cents = String(Math.abs(fen % 100)).padStart(2, '0');
  return `¥${yuan.toLocaleString('en-US')}.${cents}`;
}
