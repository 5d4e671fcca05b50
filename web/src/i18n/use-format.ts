import { useLanguage } from './language-context';

const YUAN_PER_FEN = 100;

/** Money and instants as a person in the district reads them: yuan, Asia/Shanghai. */
export function useFormat() {
  const { language } = useLanguage();
  const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' });
  const instant = new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });
  return {
    yuan: (fen: number) => money.format(fen / YUAN_PER_FEN),
    instant: (iso: string) => instant.format(new Date(iso)),
  };
}

/** The API's fen as the yuan a money input shows. */
export const yuanOf = (fen: number): number => fen / YUAN_PER_FEN;

/** What a person types in yuan, as the API's whole fen. */
export const fenOf = (yuan: number): number => Math.round(yuan * YUAN_PER_FEN);
