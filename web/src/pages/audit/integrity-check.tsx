import { Button, Result, Space, Table } from 'antd';
import { useState } from 'react';
import { checkIntegrity, type IntegrityReport } from '../../api/audit';
import { toApiProblem, type ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/problem-alert';
import { useLanguage } from '../../i18n/language-context';
import { useSession } from '../../session/session-context';

type Broken = IntegrityReport['broken'][number];

function Report({ report }: { report: IntegrityReport }) {
  const { t } = useLanguage();
  const counts = { events: report.eventsChecked, streams: report.streamsChecked };
  if (report.intact) return <Result status="success" title={t('integrity.intact')} subTitle={t('integrity.checked', counts)} />;
  return (
    <>
      <Result status="error" title={t('integrity.broken', { count: report.broken.length })} subTitle={t('integrity.checked', counts)} />
      <Table<Broken>
        rowKey={(link) => `${link.stream}@${link.revision}`}
        size="small"
        dataSource={report.broken}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('integrity.stream'), dataIndex: 'stream' },
          { title: t('integrity.revision'), dataIndex: 'revision' },
          { title: t('integrity.problem'), dataIndex: 'problem' },
          { title: t('integrity.detail'), dataIndex: 'detail' },
        ]}
      />
    </>
  );
}

/** Verifies every stream's hash chain on request (it reads the whole log, so it is not run on every visit). */
export function IntegrityCheck({ asOf }: { asOf?: string }) {
  const { t } = useLanguage();
  const { api } = useSession();
  const [report, setReport] = useState<IntegrityReport>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setProblem(undefined);
    setReport(undefined);
    try {
      setReport(await checkIntegrity(api, asOf));
    } catch (error) {
      setProblem(toApiProblem(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" className="full-width">
      <Button type="primary" onClick={() => void run()} loading={busy}>
        {t('integrity.run')}
      </Button>
      {problem ? <ProblemAlert problem={problem} /> : null}
      {report ? <Report report={report} /> : null}
    </Space>
  );
}
