import { Select, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import type { ProgrammeFigures } from '../../api/audit';
import { useLanguage } from '../../i18n/language-context';

const PARAM = 'programme';

/** The programme the audit looks at, kept in the address beside the "as of" day; undefined when none is chosen. */
export function useChosenProgramme(programmes: readonly ProgrammeFigures[]): [ProgrammeFigures | undefined, (id: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const id = params.get(PARAM);
  const choose = (next: string | undefined) =>
    setParams((previous) => {
      if (next) previous.set(PARAM, next);
      else previous.delete(PARAM);
      return previous;
    });
  return [programmes.find((programme) => programme.id === id), choose];
}

interface ProgrammeSelectProps {
  programmes: readonly ProgrammeFigures[];
  /** The programme the page shows: the chosen one, or its default. */
  shown: ProgrammeFigures | undefined;
  /** Whether "none" (all programmes) may be chosen. */
  allowClear?: boolean;
}

export function ProgrammeSelect({ programmes, shown, allowClear = false }: ProgrammeSelectProps) {
  const { t } = useLanguage();
  const [, choose] = useChosenProgramme(programmes);
  return (
    <Space className="filters" wrap>
      <Typography.Text id="programme-label">{t('audit.programme')}</Typography.Text>
      <Select
        aria-labelledby="programme-label"
        className="programme-select"
        showSearch={{ optionFilterProp: 'label' }}
        allowClear={allowClear}
        placeholder={t('audit.allProgrammes')}
        value={shown?.id}
        onChange={(id: string | undefined) => choose(id)}
        options={programmes.map((programme) => ({ value: programme.id, label: programme.name }))}
      />
    </Space>
  );
}
