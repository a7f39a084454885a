import { useCallback, useMemo, useState } from 'react';
import type { RollFilter, SavedView } from '../../../shared/roll';
import { buildQuery, type RollSort } from './roll-query';
import { useDebouncedValue } from './use-debounced-value';

/** Typing pauses this long before the roll is searched. */
const SEARCH_DEBOUNCE_MS = 150;

/**
 * The search, filters and sort the officer has chosen. `query` follows the search once typing
 * pauses; `typedQuery` is exactly what is on screen (what "save view" saves).
 */
export function useRollQueryState() {
  const [searchText, setSearchText] = useState('');
  const [filter, setFilter] = useState<RollFilter>({});
  const [sort, setSort] = useState<RollSort | null>(null);
  const search = useDebouncedValue(searchText, SEARCH_DEBOUNCE_MS);

  const query = useMemo(() => buildQuery(search, filter, sort), [search, filter, sort]);
  const typedQuery = useMemo(() => buildQuery(searchText, filter, sort), [searchText, filter, sort]);

  const applyView = useCallback((view: SavedView) => {
    setSearchText(view.query.search ?? '');
    setFilter(view.query.filter ?? {});
    setSort(view.query.sort ?? null);
  }, []);

  const clear = useCallback(() => {
    setSearchText('');
    setFilter({});
  }, []);

  return { searchText, setSearchText, filter, setFilter, sort, setSort, query, typedQuery, applyView, clear };
}

export type RollQueryState = ReturnType<typeof useRollQueryState>;
