import { Card, Col, Row, Typography } from 'antd';
import { useState } from 'react';
import { getFirm } from '../../api/enterprises';
import { useResource } from '../../api/use-resource';
import { Loadable } from '../../components/loadable';
import { TimelineList } from '../../components/timeline-list';
import { useLanguage } from '../../i18n/language-context';
import { useSignedIn } from '../../session/session-context';
import { FirmOpenItems } from '../firms/firm-open-items';
import { SubsidyMaterials } from '../firms/subsidy-materials';
import { OwedMaterials } from './owed-materials';
import { ServicesToRate } from './services-to-rate';

/** The firm's own home: what it still owes, services to rate, its open items and its whole service history. */
export function OurFirmPage() {
  const { t } = useLanguage();
  const { user } = useSignedIn();
  const enterpriseId = user.enterpriseId ?? '';
  const [version, setVersion] = useState(0);
  const firm = useResource(`our-firm:${enterpriseId}`, (api) => getFirm(api, enterpriseId));
  const changed = () => setVersion((n) => n + 1);
  return (
    <Loadable resource={firm}>
      {(profile) => (
        <article aria-labelledby="our-firm-title">
          <Typography.Title level={2} id="our-firm-title">
            {profile.name}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <Card title={t('owed.title')} className="owed-card">
                <OwedMaterials enterpriseId={enterpriseId} version={version} />
                <SubsidyMaterials enterpriseId={enterpriseId} version={version} mayRequest={false} onDone={changed} />
              </Card>
              <Card title={t('toRate.title')} className="stacked-card">
                <ServicesToRate enterpriseId={enterpriseId} />
              </Card>
              <Card title={t('openItems.title')} className="stacked-card">
                <FirmOpenItems enterpriseId={enterpriseId} version={version} />
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card title={t('timeline.ours')}>
                <TimelineList enterpriseId={enterpriseId} />
              </Card>
            </Col>
          </Row>
        </article>
      )}
    </Loadable>
  );
}
