import type { Rule } from 'antd/es/form';
import { useLanguage } from '../i18n/language-context';

/** The API's validation rules as antd rules, so most mistakes are caught before the request. */
export function useFormRules() {
  const { t } = useLanguage();
  return {
    /** text(max): trimmed, not empty, at most `max` characters. */
    text: (max: number): Rule[] => [
      { required: true, whitespace: true, message: t('rules.required') },
      { max, message: t('rules.max', { max }) },
    ],
    required: (): Rule[] => [{ required: true, message: t('rules.required') }],
    /** A calendar date as the API writes them, YYYY-MM-DD. */
    date: (): Rule[] => [
      { required: true, message: t('rules.required') },
      { pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('rules.date') },
    ],
    /** A whole number within bounds (working days, months, a score). */
    whole: (min: number, max: number): Rule[] => [
      { required: true, message: t('rules.required') },
      { type: 'integer', min, max, message: t('rules.whole', { min, max }) },
    ],
    /** Yuan with at most two decimals (the API takes whole fen, never negative). */
    yuan: (): Rule[] => [
      { required: true, message: t('rules.required') },
      { type: 'number', min: 0, message: t('rules.notNegative') },
      { validator: (_rule, value: number | undefined) => (value === undefined || Number.isInteger(Math.round(value * 100 * 1e6) / 1e6) ? Promise.resolve() : Promise.reject(new Error(t('rules.fen')))) },
    ],
  };
}

/** One item a line, as the API's materials lists (一次性告知) take them. */
export const linesOf = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
