import { useTranslation } from 'react-i18next';
import { FULL_NAME_FAMILY_FIRST_KEY, FULL_NAME_KEYS, splitFullName } from '../../../../shared/full-name';
import type { ColumnMapping, ImportPreview } from '../../../../shared/roll';

const ROWS_SHOWN = 4;

/**
 * The first rows' names as the import will store them, split by the same function it uses, so an
 * officer sees "de la Cruz" kept together (or a family-name-first column split wrongly) before
 * anything is written.
 */
export function NameSplitPreview({ preview, mapping }: { preview: ImportPreview; mapping: ColumnMapping }) {
  const { t } = useTranslation('roll');
  const column = mapping.findIndex((target) => target !== null && FULL_NAME_KEYS.includes(target));
  if (column < 0) return null;
  const familyFirst = mapping[column] === FULL_NAME_FAMILY_FIRST_KEY;
  const names = preview.sample
    .map((row) => (row[column] ?? '').trim())
    .filter(Boolean)
    .slice(0, ROWS_SHOWN);
  if (names.length === 0) return null;
  return (
    <table className="tool-table import-name-preview" aria-label={t('import.namePreview.label')}>
      <caption>{t('import.namePreview.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.namePreview.inFile')}</th>
          <th scope="col">{t('fields.first_name')}</th>
          <th scope="col">{t('fields.last_name')}</th>
        </tr>
      </thead>
      <tbody>
        {names.map((name, index) => {
          const split = splitFullName(name, { familyFirst });
          return (
            <tr key={index}>
              <td>{name}</td>
              <td>{split.first_name}</td>
              <td>{split.last_name}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
