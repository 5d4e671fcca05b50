import { Alert, Button, Card, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { listDemoUsers, signInAsDemoUser, type DemoUser } from '../api/demo';
import { ApiProblem } from '../api/problem';
import { useResource } from '../api/use-resource';
import { ProblemAlert } from '../components/problem-alert';
import { useLanguage } from '../i18n/language-context';
import { useSession } from '../session/session-context';

/** Local sign-in: pick a seeded demo user and receive a token from the server. */
export function SignInPage() {
  const { t } = useLanguage();
  const { api, signIn } = useSession();
  const users = useResource('demo-users', (client) => listDemoUsers(client));
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ userId }: { userId: string }) => {
    setBusy(true);
    setProblem(undefined);
    try {
      signIn(await signInAsDemoUser(api, userId));
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error);
      else throw error;
    } finally {
      setBusy(false);
    }
  };

  const option = (user: DemoUser) => ({ value: user.id, label: `${user.name} · ${t(`role.${user.role}`)}` });
  return (
    <main className="sign-in">
      <Card title={<Typography.Title level={1} className="sign-in-title">{`${t('app.name')} · ${t('signIn.title')}`}</Typography.Title>}>
        <Typography.Paragraph>{t('signIn.intro')}</Typography.Paragraph>
        {users.problem?.status === 404 ? <Alert type="warning" showIcon title={t('signIn.unavailable')} /> : null}
        {users.problem && users.problem.status !== 404 ? <ProblemAlert problem={users.problem} /> : null}
        {problem ? <ProblemAlert problem={problem} /> : null}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="userId" label={t('signIn.user')} rules={[{ required: true, message: t('signIn.userRequired') }]}>
            <Select showSearch optionFilterProp="label" loading={users.loading} options={(users.data?.items ?? []).map(option)} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
