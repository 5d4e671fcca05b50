import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { LanguageProvider, useLanguage } from './i18n/language-context';
import { AppShell } from './layout/app-shell';
import { SignInPage } from './pages/sign-in-page';
import { WelcomePage } from './pages/welcome-page';
import { homeOf, ROUTES_BY_ROLE } from './routes/routes-by-role';
import { SessionProvider, useSession } from './session/session-context';
import { THEME } from './theme';

/** Signed out: the sign-in page wherever one goes. Signed in: the role's pages, anything else back home. */
function ConsoleRoutes() {
  const { session } = useSession();
  if (!session) return <SignInPage />;
  const routes = ROUTES_BY_ROLE[session.user.role];
  const home = homeOf(session.user.role);
  return (
    <Routes>
      <Route element={<AppShell routes={routes} />}>
        {routes.map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        ))}
        <Route path="/" element={home === '/' ? <WelcomePage /> : <Navigate to={home} replace />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}

function LocalisedConsole() {
  const { language } = useLanguage();
  dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={language === 'zh' ? zhCN : enUS} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <ConsoleRoutes />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <LanguageProvider>
      <LocalisedConsole />
    </LanguageProvider>
  );
}
