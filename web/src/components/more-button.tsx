import { Button } from 'antd';
import type { PagedList } from '../api/use-paged-list';
import { useLanguage } from '../i18n/language-context';

/** Fetches a list's next page; gone once there is none. */
export function MoreButton({ list }: { list: PagedList<unknown> }) {
  const { t } = useLanguage();
  if (!list.hasMore) return null;
  return (
    <Button onClick={list.more} loading={list.loading} className="more-button">
      {t('common.more')}
    </Button>
  );
}
