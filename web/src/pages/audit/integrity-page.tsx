import { Typography } from 'antd';
import { AsOfPicker, useAsOf } from '../../components/as-of';
import { useLanguage } from '../../i18n/language-context';
import { IntegrityCheck } from './integrity-check';

/** The hash-chain check on a page of its own, for managers; optionally over the log as it stood on a past day. */
export function IntegrityPage() {
  const { t } = useLanguage();
  const { asOf } = useAsOf();
  return (
    <section aria-labelledby="integrity-title">
      <div className="page-heading">
        <Typography.Title level={2} id="integrity-title">
          {t('integrity.title')}
        </Typography.Title>
        <AsOfPicker />
      </div>
      <IntegrityCheck key={asOf ?? 'now'} asOf={asOf} />
    </section>
  );
}
