import { useTranslation } from 'react-i18next';
import type { Column } from './columns';
import { CheckList } from '../ui/check-list';
import { ChevronDown, Popover } from './popover';

/** "Columns": which columns the table shows. Name always stays. */
export function ColumnChooser({
  available,
  chosen,
  onChange,
  onReset,
}: {
  available: Column[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation('roll');
  return (
    <Popover panelLabel={t('columns.title')} align="end" className="button-small" buttonContent={<>{t('columns.title')}<ChevronDown /></>}>
      {() => (
        <div className="columns-panel">
          <CheckList
            className="columns-list"
            options={available.map((column) => ({ value: column.id, label: column.label, disabled: column.id === 'name' }))}
            checked={['name', ...chosen]}
            onToggle={(id, on) => onChange(on ? [...chosen, id] : chosen.filter((kept) => kept !== id))}
          />
          <button type="button" className="link" onClick={onReset}>
            {t('columns.reset')}
          </button>
        </div>
      )}
    </Popover>
  );
}
