import { useTranslation } from 'react-i18next';
import { useId, useState } from 'react';
import type { RollFilter } from '../../../shared/roll';
import { CheckList } from '../ui/check-list';
import { ChevronDown, Popover } from './popover';
import type { FilterCategory } from './roll-query';

/** Long lists (units, buildings) get a box to narrow them, and show at most this many at once. */
const SHOW_AT_MOST = 100;
const NARROW_FROM = 12;

/** "Filters": kinds of filter on the left, their values as checkboxes on the right. */
export function FilterMenu({
  categories,
  filter,
  onChange,
  onOpen,
  loaded,
}: {
  categories: FilterCategory[];
  filter: RollFilter;
  onChange: (filter: RollFilter) => void;
  /** The menu is opening: time to fetch the values it offers. */
  onOpen: () => void;
  /** Whether the roll's values (statuses, tags, buildings…) have arrived yet. */
  loaded: boolean;
}) {
  const { t } = useTranslation('roll');
  const active = categories.reduce((count, category) => count + category.selected(filter).length, 0);
  return (
    <Popover
      panelLabel={t('filters.title')}
      buttonContent={
        <>
          <FilterIcon />
          {t('filters.title')}
          {active > 0 ? <span className="count-badge">{active}</span> : null}
          <ChevronDown />
        </>
      }
      buttonLabel={active > 0 ? t('filters.withActive', { count: active }) : t('filters.title')}
      onOpen={onOpen}
    >
      {() => <FilterPanel categories={categories} filter={filter} onChange={onChange} loaded={loaded} />}
    </Popover>
  );
}

function FilterPanel({
  categories,
  filter,
  onChange,
  loaded,
}: {
  categories: FilterCategory[];
  filter: RollFilter;
  onChange: (filter: RollFilter) => void;
  loaded: boolean;
}) {
  const { t } = useTranslation('roll');
  const [categoryId, setCategoryId] = useState(categories[0]?.id ?? '');
  const category = categories.find((candidate) => candidate.id === categoryId) ?? categories[0];
  if (!category) return null;
  return (
    <div className="filter-panel">
      <div className="filter-categories" role="tablist" aria-label={t('filters.by')} aria-orientation="vertical">
        {categories.map((candidate) => {
          const count = candidate.selected(filter).length;
          return (
            <button
              key={candidate.id}
              type="button"
              role="tab"
              aria-selected={candidate.id === category.id}
              className="filter-category"
              onClick={() => setCategoryId(candidate.id)}
            >
              {candidate.label}
              {count > 0 ? <span className="count-badge">{count}</span> : null}
            </button>
          );
        })}
      </div>
      <FilterValues key={category.id} category={category} filter={filter} onChange={onChange} loaded={loaded} />
    </div>
  );
}

function FilterValues({
  category,
  filter,
  onChange,
  loaded,
}: {
  category: FilterCategory;
  filter: RollFilter;
  onChange: (filter: RollFilter) => void;
  loaded: boolean;
}) {
  const { t } = useTranslation('roll');
  const [narrow, setNarrow] = useState('');
  const narrowId = useId();
  const selected = category.selected(filter);
  const needle = narrow.trim().toLocaleLowerCase();
  const matching = needle ? category.options.filter((option) => option.label.toLocaleLowerCase().includes(needle)) : category.options;
  const shown = matching.slice(0, SHOW_AT_MOST);

  function toggle(value: string, checked: boolean) {
    onChange(category.withSelected(filter, checked ? [...selected, value] : selected.filter((kept) => kept !== value)));
  }

  return (
    <div className="filter-values" role="tabpanel" aria-label={category.label}>
      {category.options.length >= NARROW_FROM ? (
        <input
          id={narrowId}
          className="input filter-narrow"
          type="search"
          placeholder={`${t('filters.find', { label: category.label.toLowerCase() })}…`}
          aria-label={t('filters.find', { label: category.label.toLowerCase() })}
          value={narrow}
          onChange={(event) => setNarrow(event.target.value)}
        />
      ) : null}
      {category.options.length === 0 ? (
        <p className="filter-none">{loaded ? t('filters.none', { label: category.label.toLowerCase() }) : t('loading')}</p>
      ) : null}
      <CheckList className="filter-options" itemClassName="filter-option" options={shown} checked={selected} onToggle={toggle} />
      {matching.length > shown.length ? (
        <p className="filter-none">
          {matching.length - shown.length} more: type to narrow the list.
        </p>
      ) : null}
      {selected.length > 0 ? (
        <button type="button" className="link filter-clear" onClick={() => onChange(category.withSelected(filter, []))}>
          Clear {category.label.toLowerCase()}
        </button>
      ) : null}
    </div>
  );
}

function FilterIcon() {
  return (
    <svg className="button-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M2.5 4h11M4.5 8h7M6.5 12h3" />
    </svg>
  );
}
