import type { RollQuery } from '../../../../shared/roll';

/**
 * What the table shows, without its paging: exporting or printing "the current view" means every
 * member the search and filters select, in the table's order, not just the rows on screen.
 */
export function selectionOf(query: RollQuery): RollQuery {
  const { offset: _offset, limit: _limit, ...selection } = query;
  return selection;
}

/** True when the query narrows the roll (a search or a filter), so the words can say "selected". */
export function isNarrowed(query: RollQuery): boolean {
  const filter = query.filter ?? {};
  return Boolean(query.search?.trim()) || Object.values(filter).some((value) => (Array.isArray(value) ? value.length > 0 : value && Object.keys(value).length > 0));
}
