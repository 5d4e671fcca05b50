import { Form, InputNumber } from 'antd';
import { payAllowance, repayInstalment, type ScheduleEntry } from '../../api/payments';
import { CommandForm } from '../../components/command-form';
import { useFormRules } from '../../components/form-rules';
import { useLanguage } from '../../i18n/language-context';
import { fenOf, yuanOf } from '../../i18n/use-format';
import { useSession } from '../../session/session-context';

/** Records what falls due: an allowance month paid on its talent grant, or an instalment repaid on its loan (in full or in part). */
export function RecordPaymentForm({ entry, onDone }: { entry: ScheduleEntry; onDone(): void }) {
  const { t } = useLanguage();
  const { api } = useSession();
  const rules = useFormRules();
  if (entry.kind === 'allowance') {
    return (
      <CommandForm<{ month: number }> name={`allowance-${entry.sourceId}`} submitLabel={t('finance.payAllowance')} initialValues={{ month: entry.number }} submit={({ month }) => payAllowance(api, entry.sourceId, month)} onDone={onDone}>
        <Form.Item name="month" label={t('finance.allowanceMonth')} rules={rules.whole(1, 360)}>
          <InputNumber min={1} max={360} className="number-input" />
        </Form.Item>
      </CommandForm>
    );
  }
  return (
    <CommandForm<{ instalment: number; amountFen: number }>
      name={`repayment-${entry.sourceId}`}
      submitLabel={t('finance.recordRepayment')}
      initialValues={{ instalment: entry.number, amountFen: yuanOf(entry.owedFen) }}
      submit={({ instalment, amountFen }) => repayInstalment(api, entry.sourceId, { instalment, amountFen: fenOf(amountFen) })}
      onDone={onDone}
    >
      <Form.Item name="instalment" label={t('finance.instalment')} rules={rules.whole(1, 360)}>
        <InputNumber min={1} max={360} className="number-input" />
      </Form.Item>
      <Form.Item name="amountFen" label={t('finance.amountYuan')} rules={rules.yuan()}>
        <InputNumber min={0} step={0.01} className="number-input" />
      </Form.Item>
    </CommandForm>
  );
}
