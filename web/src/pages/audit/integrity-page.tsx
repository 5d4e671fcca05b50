import { AsOfPicker, useAsOf } from '../../components/as-of';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../i18n/language-context';
import { IntegrityCheck } from './integrity-check';

/** The hash-chain check on a page of its own, for managers; optionally over the log as it stood on a past day. */
export function IntegrityPage() {
  const { t } = useLanguage();
  const { asOf } = useAsOf();
  return (
    <section aria-labelledby="integrity-title">
      <PageHeading id="integrity-title" title={t('integrity.title')}>
        <AsOfPicker />
      </PageHeading>
      <IntegrityCheck key={asOf ?? 'now'} asOf={asOf} />
    </section>
  );
}
