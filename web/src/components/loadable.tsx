import { Spin } from 'antd';
import type { ReactNode } from 'react';
import type { Resource } from '../api/use-resource';
import { useLanguage } from '../i18n/language-context';
import { ProblemAlert } from './problem-alert';

/** A resource's content once loaded; a spinner before, the API's problem if it refused. */
export function Loadable<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ReactNode }) {
  const { t } = useLanguage();
  if (resource.problem) return <ProblemAlert problem={resource.problem} />;
  if (resource.data === undefined) return <Spin aria-label={t('common.loading')} />;
  return <>{children(resource.data)}</>;
}
