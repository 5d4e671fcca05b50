import { DatePicker, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { useLanguage } from '../i18n/language-context';

const PARAM = 'asOf';

/**
 * The "as of" Asia/Shanghai day the page is drawn for, kept in the address so a reload or a shared
 * link shows the same past; `asOf` is the end of that day as the API's instant, undefined for now.
 */
export function useAsOf(): { date: string | undefined; asOf: string | undefined; setDate(date: string | undefined): void } {
  const [params, setParams] = useSearchParams();
  const date = params.get(PARAM) ?? undefined;
  const setDate = (next: string | undefined) =>
    setParams((previous) => {
      if (next) previous.set(PARAM, next);
      else previous.delete(PARAM);
      return previous;
    });
  return { date, asOf: date ? `${date}T23:59:59.999+08:00` : undefined, setDate };
}

/** Picks the day every view on the page is drawn as of; cleared, the page shows now. */
export function AsOfPicker() {
  const { t } = useLanguage();
  const { date, setDate } = useAsOf();
  return (
    <Space>
      <Typography.Text id="as-of-label">{t('audit.asOf')}</Typography.Text>
      <DatePicker
        id="as-of"
        aria-labelledby="as-of-label"
        value={date ? dayjs(date) : null}
        placeholder={t('audit.asOfNow')}
        disabledDate={(day) => day.isAfter(dayjs(), 'day')}
        onChange={(day) => setDate(day ? day.format('YYYY-MM-DD') : undefined)}
      />
    </Space>
  );
}
