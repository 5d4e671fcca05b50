import { Collapse, Form, Input, Rate } from 'antd';
import { taskCommand, type TaskDetail } from '../../api/tasks';
import { CommandForm } from '../../components/command-form';
import { useFormRules } from '../../components/form-rules';
import { useLanguage } from '../../i18n/language-context';
import { useSignedIn } from '../../session/session-context';

/** What a firm's own user may do on its task: rate it once finished (好差评), file a complaint, say the materials are supplied. */
export function EnterpriseTaskFeedback({ task, onDone }: { task: TaskDetail; onDone(): void }) {
  const { t } = useLanguage();
  const { api } = useSignedIn();
  const rules = useFormRules();
  const levels = [1, 2, 3, 4, 5].map((level) => t(`rating.level.${level}` as 'rating.level.1'));
  const panels = [
    ...(task.status === 'completed' && !task.rating
      ? [
          {
            key: 'rating',
            label: t('feedback.rate'),
            children: (
              <CommandForm<{ score: number; comment?: string }> name="rating" submitLabel={t('feedback.rate')} submit={(values) => taskCommand(api, task, 'rating', { score: values.score, comment: values.comment ?? '' })} onDone={onDone}>
                <Form.Item name="score" label={t('feedback.score')} rules={rules.whole(1, 5)}>
                  <Rate tooltips={levels} aria-label={t('feedback.score')} />
                </Form.Item>
                <Form.Item name="comment" label={t('feedback.comment')} rules={[{ max: 1000, message: t('rules.max', { max: 1000 }) }]}>
                  <Input.TextArea rows={2} />
                </Form.Item>
              </CommandForm>
            ),
          },
        ]
      : []),
    ...(task.status === 'awaiting-materials'
      ? [{ key: 'materials', label: t('feedback.supplied'), children: <CommandForm name="materials" submitLabel={t('feedback.supplied')} submit={() => taskCommand(api, task, 'materials')} onDone={onDone}>{null}</CommandForm> }]
      : []),
    {
      key: 'complaint',
      label: t('feedback.complain'),
      children: (
        <CommandForm<{ text: string }> name="complaint" submitLabel={t('feedback.complain')} submit={(values) => taskCommand(api, task, 'complaints', values)} onDone={onDone}>
          <Form.Item name="text" label={t('feedback.complaintText')} rules={rules.text(2000)}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </CommandForm>
      ),
    },
  ];
  return <Collapse items={panels} defaultActiveKey={panels[0]?.key} accordion />;
}
