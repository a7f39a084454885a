import { useEffect, useReducer, useRef, useState } from 'react';
import type { RollQuery } from '../../../shared/roll';
import { RowCache } from './row-cache';

/**
 * The rows for `query`, fetched page by page as the table asks for them. A new query starts
 * over; a new `version` (bumped after every write) fetches the same pages again.
 */
export function useRowCache(query: RollQuery, version: number): RowCache {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const [cache] = useState(() => new RowCache((pageQuery) => window.chapter.roll.list(pageQuery), rerender));
  const key = JSON.stringify(query);
  const asked = useRef<{ key: string; version: number } | null>(null);

  useEffect(() => {
    const previous = asked.current;
    asked.current = { key, version };
    if (!previous || previous.key !== key) cache.setQuery(JSON.parse(key) as RollQuery);
    else if (previous.version !== version) cache.refresh();
  }, [cache, key, version]);

  return cache;
}
