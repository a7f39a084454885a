import { useTranslation } from 'react-i18next';
import type { RollFilter } from '../../../shared/roll';
import type { FilterChip } from './roll-query';

/** The active filters, each removable on its own, and a way to drop them all. */
export function FilterChips({
  chips,
  filter,
  onChange,
}: {
  chips: FilterChip[];
  filter: RollFilter;
  onChange: (filter: RollFilter) => void;
}) {
  const { t } = useTranslation('roll');
  if (chips.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label={t('filters.active')}>
      {chips.map((chip) => (
        <li key={chip.key} className="filter-chip">
          <span>{chip.label}</span>
          <button
            type="button"
            className="filter-chip-remove"
            aria-label={t('filters.remove', { label: chip.label })}
            onClick={() => onChange(chip.remove(filter))}
          >
            <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
              <path d="m2 2 6 6M8 2 2 8" />
            </svg>
          </button>
        </li>
      ))}
      {chips.length > 1 ? (
        <li>
          <button type="button" className="link link-muted" onClick={() => onChange({})}>
            {t('filters.clearAll')}
          </button>
        </li>
      ) : null}
    </ul>
  );
}
