import { useEffect, type DependencyList } from 'react';
import { errorMessage } from './errors';

/**
 * Reads something from main when the component mounts, and again whenever `deps` change, and
 * hands the answer to `onLoaded`. An answer that arrives after the component has gone, or after
 * `deps` changed and a newer read began, is dropped: a slow old read must never overwrite a newer
 * one. `onFailed` gets the officer-facing sentence for a failed read; `null` ignores failures, for
 * reads that are a courtesy (the caller says why). `deps` stand for everything `load` reads.
 */
export function useChapterLoad<T>(
  load: () => Promise<T>,
  onLoaded: (data: T) => void,
  onFailed: ((message: string) => void) | null,
  deps: DependencyList,
): void {
  useEffect(() => {
    let current = true;
    load()
      .then((data) => current && onLoaded(data))
      .catch((failure: unknown) => current && onFailed?.(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, deps);
}
