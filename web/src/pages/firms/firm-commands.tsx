import { Collapse, Form, Input, InputNumber, Select } from 'antd';
import { firmCommand, type Firm } from '../../api/enterprises';
import { applyForLoan, applyForSubsidy, listOpenProgrammes } from '../../api/firm-records';
import { listServices } from '../../api/catalogue';
import { openTask } from '../../api/tasks';
import { useResource } from '../../api/use-resource';
import { CommandForm } from '../../components/command-form';
import { useFormRules } from '../../components/form-rules';
import { useLanguage } from '../../i18n/language-context';
import { fenOf } from '../../i18n/use-format';
import { useSignedIn } from '../../session/session-context';

/** Every command an agent may give on a firm assigned to them, each a form of its own. */
export function FirmCommands({ firm, onDone }: { firm: Firm; onDone(): void }) {
  const { t, language } = useLanguage();
  const { api } = useSignedIn();
  const rules = useFormRules();
  const services = useResource('services', listServices);
  const programmes = useResource('open-programmes', listOpenProgrammes);
  const panels = [
    {
      key: 'task',
      label: t('firmCommand.openTask'),
      children: (
        <CommandForm<{ serviceCode: string; keyProject?: string }>
          name="open-task"
          submitLabel={t('firmCommand.openTask')}
          submit={(values) => openTask(api, { enterpriseId: firm.id, serviceCode: values.serviceCode, keyProject: values.keyProject?.trim() || null })}
          onDone={onDone}
        >
          <Form.Item name="serviceCode" label={t('firmCommand.service')} rules={rules.required()}>
            <Select
              showSearch
              optionFilterProp="label"
              options={(services.data?.items ?? []).map((service) => ({ value: service.id, label: language === 'zh' ? service.nameZh : service.nameEn }))}
            />
          </Form.Item>
          <Form.Item name="keyProject" label={t('firmCommand.keyProject')} rules={[{ max: 200, message: t('rules.max', { max: 200 }) }]}>
            <Input />
          </Form.Item>
        </CommandForm>
      ),
    },
    ...(firm.status === 'registered'
      ? [{ key: 'licence', label: t('firmCommand.licence'), children: <CommandForm name="licence" submitLabel={t('firmCommand.licence')} submit={() => firmCommand(api, firm, 'licence')} onDone={onDone}>{null}</CommandForm> }]
      : []),
    ...(firm.status === 'licensed' && !firm.starterKit
      ? [
          {
            key: 'starter-kit',
            label: t('firmCommand.starterKit'),
            children: (
              <CommandForm<{ costFen: number }> name="starter-kit" submitLabel={t('firmCommand.starterKit')} submit={(values) => firmCommand(api, firm, 'starter-kit', { costFen: fenOf(values.costFen) })} onDone={onDone}>
                <Form.Item name="costFen" label={t('firmCommand.costYuan')} rules={rules.yuan()}>
                  <InputNumber min={0} step={0.01} className="number-input" />
                </Form.Item>
              </CommandForm>
            ),
          },
        ]
      : []),
    {
      key: 'subsidy',
      label: t('firmCommand.subsidy'),
      children: (
        <CommandForm<{ programmeId: string; requestedFen: number }>
          name="subsidy"
          submitLabel={t('firmCommand.subsidy')}
          submit={(values) => applyForSubsidy(api, { programmeId: values.programmeId, enterpriseId: firm.id, requestedFen: fenOf(values.requestedFen) })}
          onDone={onDone}
        >
          <Form.Item name="programmeId" label={t('firmCommand.programme')} rules={rules.required()}>
            <Select options={(programmes.data?.items ?? []).map((programme) => ({ value: programme.id, label: programme.name }))} />
          </Form.Item>
          <Form.Item name="requestedFen" label={t('firmCommand.requestedYuan')} rules={rules.yuan()}>
            <InputNumber min={0} step={0.01} className="number-input" />
          </Form.Item>
        </CommandForm>
      ),
    },
    {
      key: 'loan',
      label: t('firmCommand.loan'),
      children: (
        <CommandForm<{ amountFen: number; termMonths: number }>
          name="loan"
          submitLabel={t('firmCommand.loan')}
          submit={(values) => applyForLoan(api, { enterpriseId: firm.id, amountFen: fenOf(values.amountFen), termMonths: values.termMonths })}
          onDone={onDone}
        >
          <Form.Item name="amountFen" label={t('firmCommand.amountYuan')} rules={rules.yuan()}>
            <InputNumber min={0} step={0.01} className="number-input" />
          </Form.Item>
          <Form.Item name="termMonths" label={t('firmCommand.termMonths')} rules={rules.whole(1, 360)}>
            <InputNumber min={1} max={360} className="number-input" />
          </Form.Item>
        </CommandForm>
      ),
    },
    {
      key: 'deregistration',
      label: t('firmCommand.deregister'),
      children: (
        <CommandForm<{ reason: string }> name="deregistration" submitLabel={t('firmCommand.deregister')} submit={(values) => firmCommand(api, firm, 'deregistration', values)} onDone={onDone}>
          <Form.Item name="reason" label={t('firmCommand.reason')} rules={rules.text(500)}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </CommandForm>
      ),
    },
  ];
  return <Collapse items={firm.status === 'deregistered' ? [] : panels} />;
}
