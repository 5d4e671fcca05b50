import { Card, Tabs } from 'antd';
import { listProgrammeFigures, type ProgrammeFigures } from '../../api/audit';
import { useResource } from '../../api/use-resource';
import { AsOfPicker, useAsOf } from '../../components/as-of';
import { Loadable } from '../../components/loadable';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../i18n/language-context';
import { AnomalyList } from './anomaly-list';
import { DisbursementLedger } from './disbursement-ledger';
import { ProgrammeBudgetChart } from './programme-budget-chart';
import { ProgrammePanel } from './programme-panel';
import { ProgrammeSelect, useChosenProgramme } from './programme-select';

const mostDisbursed = (programmes: readonly ProgrammeFigures[]): ProgrammeFigures | undefined =>
  programmes.reduce<ProgrammeFigures | undefined>((most, programme) => (most && most.disbursedFen >= programme.disbursedFen ? most : programme), undefined);

/** The views of the audit, all drawn as of the same day and over the same chosen programme. */
function AuditViews({ programmes, asOf }: { programmes: readonly ProgrammeFigures[]; asOf: string | undefined }) {
  const { t } = useLanguage();
  const [chosen] = useChosenProgramme(programmes);
  const shown = chosen ?? mostDisbursed(programmes);
  const programmeName = (id: string) => programmes.find((programme) => programme.id === id)?.name ?? id;
  return (
    <Tabs
      items={[
        {
          key: 'programmes',
          label: t('audit.tab.programmes'),
          children: (
            <>
              <Card title={t('audit.budgetChart')} size="small">
                <ProgrammeBudgetChart programmes={programmes} />
              </Card>
              <section className="stacked-card" aria-label={t('audit.programmeDetail')}>
                <ProgrammeSelect programmes={programmes} shown={shown} />
                {shown ? <ProgrammePanel programme={shown} asOf={asOf} /> : null}
              </section>
            </>
          ),
        },
        {
          key: 'ledger',
          label: t('audit.tab.ledger'),
          children: (
            <>
              <ProgrammeSelect programmes={programmes} shown={chosen} allowClear />
              <DisbursementLedger query={{ programmeId: chosen?.id, asOf }} programmeName={programmeName} />
            </>
          ),
        },
        { key: 'anomalies', label: t('audit.tab.anomalies'), children: <AnomalyList asOf={asOf} programmeName={programmeName} /> },
      ]}
    />
  );
}

/** The disbursement audit: programmes against budget, the payment ledger and the anomalies, as of a chosen day. */
export function AuditPage() {
  const { t } = useLanguage();
  const { asOf } = useAsOf();
  const programmes = useResource(asOf ?? 'now', (api) => listProgrammeFigures(api, asOf));
  return (
    <section aria-labelledby="audit-title">
      <PageHeading id="audit-title" title={t('audit.title')}>
        <AsOfPicker />
      </PageHeading>
      <Loadable resource={programmes}>{(page) => <AuditViews programmes={page.items} asOf={asOf} />}</Loadable>
    </section>
  );
}
