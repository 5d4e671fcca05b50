import { Collapse, Form, Input, InputNumber } from 'antd';
import type { ReactNode } from 'react';
import { taskCommand, type TaskDetail } from '../../api/tasks';
import { CommandForm } from '../../components/command-form';
import { linesOf, useFormRules } from '../../components/form-rules';
import { useLanguage } from '../../i18n/language-context';
import { fenOf } from '../../i18n/use-format';
import { useSignedIn } from '../../session/session-context';

const OPEN = new Set(['opened', 'in-progress', 'awaiting-materials']);

/** The commands the task's owner may give in the state it is in, each a form of its own. */
export function AgentTaskCommands({ task, onDone }: { task: TaskDetail; onDone(): void }) {
  const { t } = useLanguage();
  const { api } = useSignedIn();
  const rules = useFormRules();
  const step = (name: string, path: string, label: string, children: ReactNode = null, body: (values: Record<string, unknown>) => object = () => ({})) => ({
    key: name,
    label,
    children: (
      <CommandForm<Record<string, unknown>> name={name} submitLabel={label} submit={(values) => taskCommand(api, task, path, body(values))} onDone={onDone}>
        {children}
      </CommandForm>
    ),
  });
  const itemsField = (name: string) => (
    <Form.Item name={name} label={t('taskCommand.items')} extra={t('taskCommand.itemsHint')} rules={rules.text(20_000)}>
      <Input.TextArea rows={3} />
    </Form.Item>
  );
  const inProgress = task.status === 'in-progress';
  const panels = [
    ...(task.status === 'opened' ? [step('accept', 'acceptance', t('taskCommand.accept'))] : []),
    ...(inProgress && !task.materialsRequest
      ? [step('materials-request', 'materials-request', t('taskCommand.requestMaterials'), itemsField('missingItems'), (v) => ({ missingItems: linesOf(String(v['missingItems'])) }))]
      : []),
    ...(task.status === 'awaiting-materials' ? [step('materials', 'materials', t('taskCommand.receiveMaterials'))] : []),
    ...(inProgress && !task.commitment
      ? [
          step(
            'commitment',
            'commitment',
            t('taskCommand.commitment'),
            <>
              {itemsField('missingItems')}
              <Form.Item name="materialsDueInWorkingDays" label={t('taskCommand.dueInWorkingDays')} rules={rules.whole(1, 250)}>
                <InputNumber min={1} max={250} className="number-input" />
              </Form.Item>
            </>,
            (v) => ({ missingItems: linesOf(String(v['missingItems'])), materialsDueInWorkingDays: v['materialsDueInWorkingDays'] }),
          ),
        ]
      : []),
    ...(task.commitment?.status === 'signed' ? [step('fulfilment', 'commitment/fulfilment', t('taskCommand.fulfil'))] : []),
    ...(inProgress
      ? [
          step(
            'completion',
            'completion',
            t('taskCommand.complete'),
            <>
              <Form.Item name="outcome" label={t('taskCommand.outcome')} rules={rules.text(500)}>
                <Input />
              </Form.Item>
              <Form.Item name="costSavedFen" label={t('taskCommand.costSavedYuan')} rules={rules.yuan()}>
                <InputNumber min={0} step={0.01} className="number-input" />
              </Form.Item>
            </>,
            (v) => ({ outcome: v['outcome'], costSavedFen: fenOf(Number(v['costSavedFen'])) }),
          ),
        ]
      : []),
    ...(OPEN.has(task.status)
      ? [
          step(
            'handover',
            'handover',
            t('taskCommand.handover'),
            <>
              <Form.Item name="toAgentId" label={t('taskCommand.toAgent')} rules={rules.text(100)}>
                <Input />
              </Form.Item>
              <Form.Item name="reason" label={t('taskCommand.reason')} rules={rules.text(500)}>
                <Input />
              </Form.Item>
            </>,
            (v) => v,
          ),
          step(
            'cancellation',
            'cancellation',
            t('taskCommand.cancel'),
            <Form.Item name="reason" label={t('taskCommand.reason')} rules={rules.text(500)}>
              <Input />
            </Form.Item>,
            (v) => v,
          ),
        ]
      : []),
    ...(task.rectification?.status === 'verified'
      ? [
          step(
            'rectification',
            'rectification/action',
            t('taskCommand.rectify'),
            <Form.Item name="actions" label={t('taskCommand.actions')} rules={rules.text(2000)}>
              <Input.TextArea rows={3} />
            </Form.Item>,
            (v) => v,
          ),
        ]
      : []),
  ];
  return panels.length > 0 ? <Collapse items={panels} defaultActiveKey={panels[0]?.key} accordion /> : null;
}
