import { App, Button, Form, type FormProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiProblem } from '../api/problem';
import { useLanguage } from '../i18n/language-context';
import { ProblemAlert } from './problem-alert';

interface CommandFormProps<Values> {
  /** Sends the command; the form's values are the request's fields (or what it is made of). */
  submit(values: Values): Promise<unknown>;
  /** After the API accepted it: reload what it changed. */
  onDone?(): void;
  submitLabel: string;
  children: ReactNode;
  initialValues?: FormProps<Values>['initialValues'];
  /** A name for the form, so that its fields have ids of their own on a page with several forms. */
  name: string;
}

/**
 * A form for one command: the API's refusal shown as the API words it, each `errors[]` message
 * next to the field it names (`missingItems.1` at `missingItems`), the rest above the button.
 */
export function CommandForm<Values extends object>({ submit, onDone, submitLabel, children, initialValues, name }: CommandFormProps<Values>) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);

  const finish = async (values: Values) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await submit(values);
      form.resetFields();
      void message.success(t('common.done'));
      onDone?.();
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      const known = new Set(Object.keys(form.getFieldsValue() as object));
      const atFields = error.bodyFieldErrors().filter((fieldError) => known.has(fieldError.field.split('.')[0]!));
      const fieldData = atFields.map((fieldError) => {
        const [top, ...rest] = fieldError.field.split('.');
        return { name: top, errors: [rest.length > 0 ? `${rest.join('.')}: ${fieldError.message}` : fieldError.message] };
      });
      form.setFields(fieldData as Parameters<typeof form.setFields>[0]);
      if (atFields.length === 0 || atFields.length < (error.problem.errors?.length ?? 0)) setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} name={name} layout="vertical" onFinish={finish} initialValues={initialValues} requiredMark="optional">
      {children}
      {problem ? <ProblemAlert problem={problem} /> : null}
      <Button type="primary" htmlType="submit" loading={busy} className="command-submit">
        {submitLabel}
      </Button>
    </Form>
  );
}
