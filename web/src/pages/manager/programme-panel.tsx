import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { auditProgramme, type FirmAgainstCap, type ProgrammeFigures } from '../../api/audit';
import { usePagedList } from '../../api/use-paged-list';
import { useResource } from '../../api/use-resource';
import { FirmLink } from '../../components/firm-link';
import { Loadable } from '../../components/loadable';
import { MoreButton } from '../../components/more-button';
import { ProblemAlert } from '../../components/problem-alert';
import { useLanguage } from '../../i18n/language-context';
import { useFormat } from '../../i18n/use-format';
import { ProgrammeMonthsChart } from './programme-months-chart';

const FIGURES = [
  ['audit.budget', 'budgetFen'],
  ['audit.committed', 'committedFen'],
  ['audit.disbursed', 'disbursedFen'],
  ['audit.remaining', 'remainingFen'],
  ['audit.capPerFirm', 'capPerEnterpriseFen'],
] as const;

/** One programme's totals against its budget, month by month, and its firms against the cap, as of `asOf`. */
export function ProgrammePanel({ programme, asOf }: { programme: ProgrammeFigures; asOf: string | undefined }) {
  const { t } = useLanguage();
  const { yuan } = useFormat();
  const key = `${programme.id}:${asOf ?? 'now'}`;
  const audit = useResource(key, (api) => auditProgramme(api, programme.id, asOf));
  const firms = usePagedList(key, async (api, cursor) => (await auditProgramme(api, programme.id, asOf, cursor)).firms);
  return (
    <Loadable resource={audit}>
      {({ programme: figures, months }) => (
        <>
          <Row gutter={[16, 16]} className="audit-figures" aria-label={t('audit.totals')} role="group">
            {FIGURES.map(([label, field]) => (
              <Col key={field} xs={12} md={8} lg={4}>
                <Statistic title={t(label)} value={yuan(figures[field])} />
              </Col>
            ))}
          </Row>
          <Card title={t('audit.byMonth')} className="stacked-card" size="small">
            <ProgrammeMonthsChart months={months} />
          </Card>
          <Card title={t('audit.firmsAgainstCap')} className="stacked-card" size="small">
            {firms.problem ? <ProblemAlert problem={firms.problem} /> : null}
            <Table<FirmAgainstCap>
              rowKey="enterpriseId"
              size="small"
              loading={firms.loading}
              dataSource={firms.items}
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('audit.firm'), key: 'firm', render: (_, firm) => <FirmLink id={firm.enterpriseId} name={firm.enterpriseName} /> },
                { title: t('audit.committed'), key: 'committed', align: 'right', render: (_, firm) => yuan(firm.committedFen) },
                { title: t('audit.disbursed'), key: 'disbursed', align: 'right', render: (_, firm) => yuan(firm.disbursedFen) },
                { title: t('audit.headroom'), key: 'headroom', align: 'right', render: (_, firm) => yuan(firm.headroomFen) },
                { title: t('audit.againstCap'), key: 'cap', render: (_, firm) => (firm.overCap ? <Tag color="red">{t('audit.overCap')}</Tag> : <Tag color="green">{t('audit.withinCap')}</Tag>) },
              ]}
            />
            <MoreButton list={firms} />
          </Card>
        </>
      )}
    </Loadable>
  );
}
