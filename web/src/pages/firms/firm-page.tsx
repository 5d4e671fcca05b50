import { Card, Col, Row, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { getFirm } from '../../api/enterprises';
import { useResource } from '../../api/use-resource';
import { Loadable } from '../../components/loadable';
import { TimelineList } from '../../components/timeline-list';
import { useLanguage } from '../../i18n/language-context';
import { useSignedIn } from '../../session/session-context';
import { FirmCommands } from './firm-commands';
import { FirmOpenItems } from './firm-open-items';
import { FirmProfile } from './firm-profile';
import { SubsidyMaterials } from './subsidy-materials';

/** A firm's page: profile, owners and flags, open items, the whole timeline, and (for its agent) the commands on it. */
export function FirmPage() {
  const { t } = useLanguage();
  const { id = '' } = useParams();
  const { user } = useSignedIn();
  const [version, setVersion] = useState(0);
  const firm = useResource(`${id}:${version}`, (api) => getFirm(api, id));
  const changed = () => setVersion((n) => n + 1);
  return (
    <Loadable resource={firm}>
      {(profile) => (
        <article aria-labelledby="firm-title">
          <Typography.Title level={2} id="firm-title">
            {profile.name}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Card title={t('firm.profile')}>
                <FirmProfile firm={profile} />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card title={t('openItems.title')}>
                <FirmOpenItems enterpriseId={id} version={version} />
              </Card>
            </Col>
            {user.role === 'agent' ? (
              <Col xs={24} xl={14}>
                <Card title={t('firmCommand.title')}>
                  <FirmCommands firm={profile} onDone={changed} />
                </Card>
                <Card title={t('subsidyMaterials.title')} className="stacked-card">
                  <SubsidyMaterials enterpriseId={id} version={version} mayRequest onDone={changed} />
                </Card>
              </Col>
            ) : null}
            <Col xs={24} xl={10}>
              <Card title={t('timeline.title')}>
                <TimelineList enterpriseId={id} version={version} />
              </Card>
            </Col>
          </Row>
        </article>
      )}
    </Loadable>
  );
}
