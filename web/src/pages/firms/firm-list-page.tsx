import { Button, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { listFirms, type Firm, type FirmListQuery, type FirmStatus } from '../../api/enterprises';
import { usePagedList } from '../../api/use-paged-list';
import { MoreButton } from '../../components/more-button';
import { ProblemAlert } from '../../components/problem-alert';
// The district's townships are the API's own enum (GET /api/enterprises?township=…): one list for both.
import { TOWNSHIPS } from '../../../../src/domain/enterprise/district';
import { useLanguage } from '../../i18n/language-context';

const STATUSES: readonly FirmStatus[] = ['registered', 'licensed', 'deregistered'];

interface Filters {
  q?: string;
  township?: string;
  status?: FirmStatus;
}

/** Firms with search and filters: an agent's own (agentId=me), everyone's for the district's staff. */
export function FirmListPage({ mine }: { mine: boolean }) {
  const { t } = useLanguage();
  const [filters, setFilters] = useState<Filters>({});
  const query: FirmListQuery = { ...filters, ...(mine ? { agentId: 'me' } : {}), limit: 50 };
  const firms = usePagedList(JSON.stringify(query), (api, cursor) => listFirms(api, { ...query, cursor }));
  const [form] = Form.useForm<Filters>();
  return (
    <section aria-labelledby="firms-title">
      <Typography.Title level={2} id="firms-title">
        {mine ? t('firms.mine') : t('firms.all')}
      </Typography.Title>
      <Form form={form} layout="inline" onFinish={(values) => setFilters({ ...values, q: values.q?.trim() || undefined })} className="filters">
        <Form.Item name="q" label={t('firms.search')}>
          <Input allowClear placeholder={t('firms.searchHint')} maxLength={100} />
        </Form.Item>
        <Form.Item name="township" label={t('firms.township')}>
          <Select allowClear className="filter-select" options={TOWNSHIPS.map((township) => ({ value: township, label: township }))} />
        </Form.Item>
        <Form.Item name="status" label={t('firms.status')}>
          <Select allowClear className="filter-select" options={STATUSES.map((status) => ({ value: status, label: t(`firm.status.${status}`) }))} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setFilters({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form>
      {firms.problem ? <ProblemAlert problem={firms.problem} /> : null}
      <Table<Firm>
        rowKey="id"
        loading={firms.loading}
        dataSource={firms.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('firm.name'), key: 'name', render: (_, firm) => <Link to={`/firms/${firm.id}`}>{firm.name}</Link> },
          { title: t('firm.creditCode'), dataIndex: 'creditCode' },
          { title: t('firms.township'), dataIndex: 'township' },
          {
            title: t('firms.status'),
            key: 'status',
            render: (_, firm) => (
              <Space size={4} wrap>
                <Tag>{t(`firm.status.${firm.status}`)}</Tag>
                {firm.blacklisted ? <Tag color="red">{t('firm.blacklisted')}</Tag> : null}
              </Space>
            ),
          },
        ]}
      />
      <MoreButton list={firms} />
    </section>
  );
}
