import { Alert, List } from 'antd';
import { Link } from 'react-router';
import { listSubsidies } from '../../api/firm-records';
import { listTasks } from '../../api/tasks';
import { useResource } from '../../api/use-resource';
import { Loadable } from '../../components/loadable';
import { useLanguage } from '../../i18n/language-context';

interface Owed {
  key: string;
  text: string;
  taskId?: string;
  /** A committed deadline (告知承诺制): missed, the permit is revoked. */
  urgent: boolean;
}

/** What the firm still owes: materials requested for its tasks and applications, and those it committed to by a date. */
export function OwedMaterials({ enterpriseId, version }: { enterpriseId: string; version: number }) {
  const { t, language } = useLanguage();
  const owed = useResource(`owed:${enterpriseId}:${version}`, async (api) => {
    const [tasks, subsidies] = await Promise.all([listTasks(api, { enterpriseId, status: 'open', limit: 100 }), listSubsidies(api, enterpriseId)]);
    const serviceName = (task: (typeof tasks.items)[number]) => (language === 'zh' ? task.service.nameZh : task.service.nameEn);
    return [
      ...tasks.items.flatMap((task): Owed[] => [
        ...(task.status === 'awaiting-materials' && task.materialsRequest
          ? [{ key: `${task.id}:request`, taskId: task.id, urgent: false, text: t('owed.request', { service: serviceName(task), items: task.materialsRequest.missingItems.join('、') }) }]
          : []),
        ...(task.commitment?.status === 'signed'
          ? [{ key: `${task.id}:commitment`, taskId: task.id, urgent: true, text: `${serviceName(task)}：${t('owed.commitment', { items: task.commitment.missingItems.join('、'), date: task.commitment.materialsDueOn })}` }]
          : []),
      ]),
      ...subsidies.items
        .filter((subsidy) => subsidy.outstandingMaterials.length > 0)
        .map((subsidy): Owed => ({ key: subsidy.id, urgent: false, text: t('owed.subsidy', { items: subsidy.outstandingMaterials.join('、') }) })),
    ];
  });
  return (
    <Loadable resource={owed}>
      {(items) =>
        items.length === 0 ? (
          <Alert type="success" title={t('owed.nothing')} />
        ) : (
          <List
            size="small"
            dataSource={items}
            renderItem={(item) => (
              <List.Item className={item.urgent ? 'owed-urgent' : undefined}>{item.taskId ? <Link to={`/tasks/${item.taskId}`}>{item.text}</Link> : item.text}</List.Item>
            )}
          />
        )
      }
    </Loadable>
  );
}
