import { useCallback, useEffect, useReducer, useState } from 'react';
import type { RollQuery } from '../../../shared/roll';
import { useChapterChanges } from '../ui/chapter-data';
import { RowCache } from './row-cache';

/**
 * The rows for `query`, fetched page by page as the table asks for them. A new query starts
 * over; when main says the roll changed (roll:changed), the same pages are fetched again.
 */
export function useRowCache(query: RollQuery): RowCache {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const [cache] = useState(() => new RowCache((pageQuery) => window.chapter.roll.list(pageQuery), rerender));
  const key = JSON.stringify(query);

  useEffect(() => cache.setQuery(JSON.parse(key) as RollQuery), [cache, key]);
  useChapterChanges(
    'roll:changed',
    useCallback(() => cache.refresh(), [cache]),
  );

  return cache;
}
