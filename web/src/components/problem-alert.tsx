import { Alert } from 'antd';
import type { ApiProblem } from '../api/problem';
import { useLanguage } from '../i18n/language-context';

/** A refusal from the API as the API words it, with its correlation id to quote. */
export function ProblemAlert({ problem }: { problem: ApiProblem }) {
  const { t } = useLanguage();
  const { title, detail, status, correlationId, code } = problem.problem;
  const heading = status === 0 ? t('problem.network') : `${title}${code ? ` (${code})` : ''}`;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={heading}
      description={
        <>
          {detail}
          {correlationId ? <div>{t('problem.correlationId', { id: correlationId })}</div> : null}
        </>
      }
    />
  );
}
