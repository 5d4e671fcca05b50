import { Descriptions, List, Space, Tag } from 'antd';
import type { Firm } from '../../api/enterprises';
import { useLanguage } from '../../i18n/language-context';
import { useFormat } from '../../i18n/use-format';

/** A firm's profile, its flags and the history of its concierges. */
export function FirmProfile({ firm }: { firm: Firm }) {
  const { t } = useLanguage();
  const { yuan, instant } = useFormat();
  return (
    <>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }}>
        <Descriptions.Item label={t('firm.creditCode')}>{firm.creditCode}</Descriptions.Item>
        <Descriptions.Item label={t('firm.legalRepresentative')}>{firm.legalRepresentative}</Descriptions.Item>
        <Descriptions.Item label={t('firm.industry')}>{firm.industry}</Descriptions.Item>
        <Descriptions.Item label={t('firms.township')}>{firm.township}</Descriptions.Item>
        <Descriptions.Item label={t('firm.park')}>{firm.park ?? t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={t('firm.capital')}>{yuan(firm.registeredCapitalFen)}</Descriptions.Item>
        <Descriptions.Item label={t('firm.registeredAt')}>{instant(firm.registeredAt)}</Descriptions.Item>
        <Descriptions.Item label={t('firms.status')}>
          <Space size={4} wrap>
            <Tag>{t(`firm.status.${firm.status}`)}</Tag>
            {firm.blacklisted ? <Tag color="red">{t('firm.blacklisted')}</Tag> : null}
            {firm.flags.map((flag) => (
              <Tag key={flag} color="orange">
                {flag}
              </Tag>
            ))}
          </Space>
        </Descriptions.Item>
        {firm.blacklist ? <Descriptions.Item label={t('firm.blacklistReason')}>{firm.blacklist.reason}</Descriptions.Item> : null}
      </Descriptions>
      <List
        header={t('firm.owners')}
        size="small"
        dataSource={[...firm.owners].reverse()}
        renderItem={(owner) => (
          <List.Item>
            {owner.agentId} · {t('firm.ownerSince', { date: instant(owner.from) })}
          </List.Item>
        )}
      />
    </>
  );
}
