import { Alert, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { yearCalendar } from '../../api/calendar';
import { shanghaiDate } from '../../api/shanghai-date';
import { useResource } from '../../api/use-resource';
import { Loadable } from '../../components/loadable';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../i18n/language-context';
import { CalendarForm } from './calendar-form';

/** The years an admin looks after: the last few, this one, and the next (its notice comes out in the autumn). */
function yearsAround(thisYear: number): number[] {
  return [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
}

/** The working-day calendar of a year, which counts every promised deadline: where it came from, and the form to set it. */
export function CalendarPage() {
  const { t } = useLanguage();
  const thisYear = Number(shanghaiDate().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [version, setVersion] = useState(0);
  const calendar = useResource(`calendar:${year}:${version}`, (api) => yearCalendar(api, year));
  return (
    <section aria-labelledby="calendar-title">
      <PageHeading id="calendar-title" title={t('calendar.title')}>
        <Space>
          <Typography.Text id="calendar-year-label">{t('calendar.year')}</Typography.Text>
          <Select aria-labelledby="calendar-year-label" value={year} onChange={setYear} options={yearsAround(thisYear).map((value) => ({ value, label: String(value) }))} />
        </Space>
      </PageHeading>
      <Loadable resource={calendar}>
        {(known) => (
          <>
            <Alert className="filters" type={known.source === 'none' ? 'warning' : 'info'} showIcon message={t(`calendar.source.${known.source}`, { year })} />
            <CalendarForm key={`${year}:${known.revision ?? known.source}`} year={year} calendar={known} onSaved={() => setVersion((n) => n + 1)} />
          </>
        )}
      </Loadable>
    </section>
  );
}
