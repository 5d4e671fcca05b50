import { Card, Col, Row, Statistic } from 'antd';
import { serviceQuality } from '../../api/reports';
import { useResource } from '../../api/use-resource';
import { AsOfPicker, useAsOf } from '../../components/as-of';
import { Loadable } from '../../components/loadable';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../i18n/language-context';
import { percent, QualityTable } from './quality-table';

/** 评价率, 满意率 and the on-time rate over all completed tasks, per agent and per service, as of a chosen day. */
export function ServiceQualityPage() {
  const { t, language } = useLanguage();
  const { asOf } = useAsOf();
  const report = useResource(asOf ?? 'now', (api) => serviceQuality(api, asOf));
  return (
    <section aria-labelledby="quality-title">
      <PageHeading id="quality-title" title={t('quality.title')}>
        <AsOfPicker />
      </PageHeading>
      <Loadable resource={report}>
        {({ overall, byAgent, byService }) => (
          <>
            <Row gutter={[16, 16]} role="group" aria-label={t('quality.overall')}>
              <Col xs={12} md={6}>
                <Statistic title={t('quality.completed')} value={overall.completed} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('quality.evaluationRate')} value={percent(overall.evaluationRate)} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('quality.satisfactionRate')} value={percent(overall.satisfactionRate)} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('quality.onTimeRate')} value={percent(overall.onTimeRate)} />
              </Col>
            </Row>
            <Card title={t('quality.byAgent')} size="small" className="stacked-card">
              <QualityTable rows={byAgent} rowKey="agentId" whoTitle={t('quality.agent')} who={(row) => row.agentId} />
            </Card>
            <Card title={t('quality.byService')} size="small" className="stacked-card">
              <QualityTable rows={byService} rowKey="serviceId" whoTitle={t('quality.service')} who={(row) => (language === 'zh' ? row.nameZh : row.nameEn)} />
            </Card>
          </>
        )}
      </Loadable>
    </section>
  );
}
