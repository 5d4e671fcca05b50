import { Button, Layout, Menu, Space, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router';
import { useLanguage } from '../i18n/language-context';
import type { ConsoleRoute } from '../routes/console-route';
import { useSignedIn, useSession } from '../session/session-context';

/** The frame of every page: the role's menu, who is signed in, the language switch and sign-out. */
export function AppShell({ routes }: { routes: readonly ConsoleRoute[] }) {
  const { t, language, setLanguage } = useLanguage();
  const { user } = useSignedIn();
  const { signOut } = useSession();
  const { pathname } = useLocation();
  const menu = routes.flatMap((route) => (route.nav ? [{ key: route.path, label: <Link to={route.path}>{t(route.nav)}</Link> }] : []));
  const selected = menu.filter((item) => pathname === item.key || pathname.startsWith(`${item.key}/`)).map((item) => item.key);
  return (
    <Layout className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <Layout.Header className="shell-header">
        <Link to="/" className="shell-brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('shell.navigation')} className="shell-nav">
          <Menu theme="dark" mode="horizontal" selectedKeys={selected} items={menu} />
        </nav>
        <Space className="shell-user" wrap>
          <Typography.Text className="shell-user-name">
            {user.name} · {t(`role.${user.role}`)}
          </Typography.Text>
          <Button size="small" aria-label={t('shell.languageLabel')} onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
            {t('shell.language')}
          </Button>
          <Button size="small" onClick={signOut}>
            {t('shell.signOut')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content id="main" className="shell-content" tabIndex={-1}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
