/**
 * The roll's query as the screen builds it: a search, filters and a sort. Pure functions, so the
 * chips, the filter menu and saved views all agree on what a filter means.
 */
import type { CustomField, Facets, RollFilter, RollQuery, SortField } from '../../../shared/roll';
import { i18n } from '../i18n';
import { ASSESSMENT_LABELS, STANDING_LABELS, STANDINGS, type ChapterKind } from './member-fields';

export type RollSort = NonNullable<RollQuery['sort']>;

/** The query without paging: what the table, the count, export and saved views share. */
export function buildQuery(search: string, filter: RollFilter, sort: RollSort | null): RollQuery {
  const query: RollQuery = {};
  const trimmed = search.trim();
  if (trimmed) query.search = trimmed;
  const cleaned = withoutEmptyLists(filter);
  if (Object.keys(cleaned).length > 0) query.filter = cleaned;
  if (sort) query.sort = sort;
  return query;
}

export function isNarrowed(query: RollQuery): boolean {
  return Boolean(query.search) || Boolean(query.filter && Object.keys(query.filter).length > 0);
}

function withoutEmptyLists(filter: RollFilter): RollFilter {
  const cleaned: RollFilter = {};
  for (const [key, values] of Object.entries(filter) as [keyof RollFilter, unknown][]) {
    if (key === 'custom') continue;
    if (Array.isArray(values) && values.length > 0) (cleaned as Record<string, unknown>)[key] = values;
  }
  const custom = Object.fromEntries(Object.entries(filter.custom ?? {}).filter(([, values]) => values.length > 0));
  if (Object.keys(custom).length > 0) cleaned.custom = custom;
  return cleaned;
}

/**
 * Clicking a header sorts by it; clicking it again turns the order around. Without a chosen
 * sort the roll is in name order (unless a search orders it by how well members match), so
 * then the first click on Name reverses it.
 */
export function nextSort(current: RollSort | null, field: SortField, searching: boolean): RollSort {
  if (current?.field === field) return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  if (!current && !searching && field === 'name') return { field, direction: 'desc' };
  return { field, direction: 'asc' };
}

/** The order the table is in when no header has been clicked. */
export function implicitSort(searching: boolean): RollSort | null {
  return searching ? null : { field: 'name', direction: 'asc' };
}

export interface FilterOption {
  value: string;
  label: string;
}

/** One kind of filter (status, tag, building…): its choices, and how it reads and writes RollFilter. */
export interface FilterCategory {
  id: string;
  label: string;
  options: FilterOption[];
  selected(filter: RollFilter): string[];
  withSelected(filter: RollFilter, values: string[]): RollFilter;
}

type ListKey = 'statuses' | 'tags' | 'buildings' | 'units' | 'floors' | 'workplaces' | 'languages';

function listCategory(id: ListKey, values: readonly string[]): FilterCategory {
  return {
    id,
    label: i18n.t(`roll:filterLabels.${id}`),
    options: values.map((value) => ({ value, label: value })),
    selected: (filter) => filter[id] ?? [],
    withSelected: (filter, selected) => ({ ...filter, [id]: selected }),
  };
}

// Labels are read when the categories are built (each render), so they follow the language.
const standingCategory = (): FilterCategory => ({
  id: 'standings',
  label: i18n.t('roll:columns.standing'),
  options: STANDINGS.map((standing) => ({ value: standing, label: STANDING_LABELS[standing] })),
  selected: (filter) => filter.standings ?? [],
  withSelected: (filter, selected) => ({ ...filter, standings: selected as RollFilter['standings'] }),
});

const assessmentCategory = (): FilterCategory => ({
  id: 'assessments',
  label: i18n.t('roll:fields.assessment'),
  options: [1, 2, 3, 4, 5].map((level) => ({ value: String(level), label: `${level} · ${ASSESSMENT_LABELS[level]}` })),
  selected: (filter) => (filter.assessments ?? []).map(String),
  withSelected: (filter, selected) => ({ ...filter, assessments: selected.map(Number) }),
});

/** From the committee's log of contact attempts: never reached, or not for the chapter's N days. */
const contactCategory = (): FilterCategory => ({
  id: 'contact',
  label: i18n.t('roll:columns.lastContact'),
  options: [
    { value: 'stale', label: i18n.t('roll:filters.contactStale') },
    { value: 'never', label: i18n.t('roll:filters.contactNever') },
  ],
  selected: (filter) => filter.contact ?? [],
  withSelected: (filter, selected) => ({ ...filter, contact: selected as RollFilter['contact'] }),
});

function customCategory(field: CustomField): FilterCategory {
  return {
    id: `custom.${field.key}`,
    label: field.label,
    options: field.choices.map((choice) => ({ value: choice, label: choice })),
    selected: (filter) => filter.custom?.[field.key] ?? [],
    withSelected: (filter, selected) => ({ ...filter, custom: { ...filter.custom, [field.key]: selected } }),
  };
}

/** The filters that make sense for this chapter: buildings and units for tenants, workplaces otherwise. */
export function filterCategories(kind: ChapterKind, facets: Facets, customFields: readonly CustomField[]): FilterCategory[] {
  const places =
    kind === 'tenant'
      ? [listCategory('buildings', facets.buildings), listCategory('floors', facets.floors), listCategory('units', facets.units)]
      : [listCategory('workplaces', facets.workplaces)];
  return [
    listCategory('statuses', facets.statuses),
    standingCategory(),
    listCategory('tags', facets.tags),
    ...places,
    assessmentCategory(),
    contactCategory(),
    listCategory('languages', facets.languages),
    ...customFields.filter((field) => field.type === 'choice').map(customCategory),
  ];
}

export interface FilterChip {
  key: string;
  /** "Building: Maple Court" */
  label: string;
  remove(filter: RollFilter): RollFilter;
}

/**
 * One chip per chosen value. A value the current categories do not list (a saved view from a
 * workplace chapter, a tag no one has any more) still gets a chip, so no filter is invisible.
 */
export function filterChips(filter: RollFilter, categories: readonly FilterCategory[]): FilterChip[] {
  const chips: FilterChip[] = [];
  const known = new Set<string>();
  for (const category of categories) {
    known.add(category.id);
    for (const value of category.selected(filter)) {
      const option = category.options.find((candidate) => candidate.value === value);
      chips.push({
        key: `${category.id}=${value}`,
        label: `${category.label}: ${option?.label ?? value}`,
        remove: (current) => category.withSelected(current, category.selected(current).filter((kept) => kept !== value)),
      });
    }
  }
  for (const [key, values] of Object.entries(filter) as [keyof RollFilter, unknown][]) {
    if (key === 'custom' || known.has(key) || !Array.isArray(values)) continue;
    for (const value of values as (string | number)[]) {
      chips.push({
        key: `${key}=${value}`,
        label: `${key}: ${value}`,
        remove: (current) => ({ ...current, [key]: (current[key] as (string | number)[] | undefined)?.filter((kept) => kept !== value) }),
      });
    }
  }
  for (const [key, values] of Object.entries(filter.custom ?? {})) {
    if (known.has(`custom.${key}`)) continue;
    for (const value of values) {
      chips.push({
        key: `custom.${key}=${value}`,
        label: `${key}: ${value}`,
        remove: (current) => ({ ...current, custom: { ...current.custom, [key]: (current.custom?.[key] ?? []).filter((kept) => kept !== value) } }),
      });
    }
  }
  return chips;
}
