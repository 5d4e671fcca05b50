import { List } from 'antd';
import { Link } from 'react-router';
import { listTasks } from '../../api/tasks';
import { useResource } from '../../api/use-resource';
import { Loadable } from '../../components/loadable';
import { useLanguage } from '../../i18n/language-context';

/** Finished services the firm has not rated yet (好差评), each linking to its rating form. */
export function ServicesToRate({ enterpriseId }: { enterpriseId: string }) {
  const { t, language } = useLanguage();
  const unrated = useResource(`to-rate:${enterpriseId}`, async (api) => (await listTasks(api, { enterpriseId, status: 'completed', limit: 100 })).items.filter((task) => !task.rating));
  return (
    <Loadable resource={unrated}>
      {(tasks) => (
        <List
          size="small"
          locale={{ emptyText: t('toRate.none') }}
          dataSource={tasks}
          renderItem={(task) => (
            <List.Item actions={[<Link key="rate" to={`/tasks/${task.id}`}>{t('toRate.rate')}</Link>]}>
              {language === 'zh' ? task.service.nameZh : task.service.nameEn}
            </List.Item>
          )}
        />
      )}
    </Loadable>
  );
}
