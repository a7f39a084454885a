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
  if (chips.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={chip.key} className="filter-chip">
          <span>{chip.label}</span>
          <button
            type="button"
            className="filter-chip-remove"
            aria-label={`Remove filter ${chip.label}`}
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
            Clear all
          </button>
        </li>
      ) : null}
    </ul>
  );
}
