import { Result } from 'antd';
import { useLanguage } from '../i18n/language-context';
import { useSignedIn } from '../session/session-context';

/** The home of a role whose pages are not there yet. */
export function WelcomePage() {
  const { t } = useLanguage();
  const { user } = useSignedIn();
  return <Result status="info" title={t('welcome.title', { name: user.name })} subTitle={t('welcome.body')} />;
}
