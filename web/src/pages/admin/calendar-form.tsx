import { Button, Form, Input, Space } from 'antd';
import { setYearCalendar, type HolidayPeriod, type KnownYearCalendar } from '../../api/calendar';
import { CommandForm } from '../../components/command-form';
import { linesOf, useFormRules } from '../../components/form-rules';
import { useSignedIn } from '../../session/session-context';
import { useLanguage } from '../../i18n/language-context';

interface CalendarValues {
  holidays: HolidayPeriod[];
  /** One date a line. */
  workingWeekendDays: string;
}

/** A year's holidays and the weekend days worked in exchange, as the State Council's notice lists them; saved whole. */
export function CalendarForm({ year, calendar, onSaved }: { year: number; calendar: KnownYearCalendar; onSaved(): void }) {
  const { t } = useLanguage();
  const { api } = useSignedIn();
  const rules = useFormRules();
  const initialValues: CalendarValues = { holidays: calendar.holidays, workingWeekendDays: calendar.workingWeekendDays.join('\n') };
  return (
    <CommandForm<CalendarValues>
      name={`calendar-${year}`}
      initialValues={initialValues}
      submitLabel={t('calendar.save')}
      submit={(values) => setYearCalendar(api, year, { holidays: values.holidays ?? [], workingWeekendDays: linesOf(values.workingWeekendDays ?? '') }, calendar.revision)}
      onDone={onSaved}
    >
      <Form.Item label={t('calendar.holidays')} required={false}>
        <Form.List name="holidays">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <Space key={key} align="baseline" wrap role="group" aria-label={t('calendar.holidayRow', { n: name + 1 })}>
                  <Form.Item name={[name, 'name']} rules={rules.text(50)}>
                    <Input placeholder={t('calendar.holidayName')} aria-label={t('calendar.holidayName')} />
                  </Form.Item>
                  <Form.Item name={[name, 'firstDay']} rules={rules.date()}>
                    <Input placeholder={t('calendar.firstDay')} aria-label={t('calendar.firstDay')} />
                  </Form.Item>
                  <Form.Item name={[name, 'lastDay']} rules={rules.date()}>
                    <Input placeholder={t('calendar.lastDay')} aria-label={t('calendar.lastDay')} />
                  </Form.Item>
                  <Button type="link" onClick={() => remove(name)}>
                    {t('calendar.removeHoliday')}
                  </Button>
                </Space>
              ))}
              <div>
                <Button onClick={() => add({ name: '', firstDay: '', lastDay: '' })}>{t('calendar.addHoliday')}</Button>
              </div>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="workingWeekendDays" label={t('calendar.workingWeekendDays')} extra={t('calendar.workingWeekendDaysHint')}>
        <Input.TextArea rows={4} placeholder="2027-02-20" />
      </Form.Item>
    </CommandForm>
  );
}
