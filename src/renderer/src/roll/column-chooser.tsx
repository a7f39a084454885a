import { useTranslation } from 'react-i18next';
import type { Column } from './columns';
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
          <ul className="columns-list">
            {available.map((column) => (
              <li key={column.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    disabled={column.id === 'name'}
                    checked={column.id === 'name' || chosen.includes(column.id)}
                    onChange={(event) =>
                      onChange(event.target.checked ? [...chosen, column.id] : chosen.filter((id) => id !== column.id))
                    }
                  />
                  {column.label}
                </label>
              </li>
            ))}
          </ul>
          <button type="button" className="link" onClick={onReset}>
            {t('columns.reset')}
          </button>
        </div>
      )}
    </Popover>
  );
}
