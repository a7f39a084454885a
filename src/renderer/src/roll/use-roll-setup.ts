import { useCallback, useRef, useState } from 'react';
import type { Settings } from '../../../shared/contract';
import type { CustomField, Facets, SavedView } from '../../../shared/roll';
import { useChapterLoad } from '../ui/use-chapter-load';

export interface RollSetup {
  settings: Settings;
  customFields: CustomField[];
  views: SavedView[];
}

const NO_FACETS: Facets = { statuses: [], tags: [], buildings: [], units: [], floors: [], workplaces: [], languages: [] };

/** What the Roll page needs before it can show anything: the chapter's settings, fields and views. */
export function useRollSetup(): { setup: RollSetup | null; error: string | null; setViews: (views: SavedView[]) => void } {
  const [setup, setSetup] = useState<RollSetup | null>(null);
  const [error, setError] = useState<string | null>(null);

  useChapterLoad(
    () => Promise.all([window.chapter.settings.get({}), window.chapter.roll.customFields({}), window.chapter.roll.views({})]),
    ([settings, customFields, views]) => setSetup({ settings, customFields, views }),
    setError,
    [],
  );

  const setViews = useCallback((views: SavedView[]) => setSetup((current) => (current ? { ...current, views } : current)), []);
  return { setup, error, setViews };
}

/**
 * How many members the roll has in all, fetched again after every change (`version`): the
 * "of N" in "12 of 1,234 members".
 */
export function useRollSize(version: number): number | null {
  const [rollSize, setRollSize] = useState<number | null>(null);
  // A failed read only leaves out the "of N"; the table reports its own failures.
  useChapterLoad(() => window.chapter.roll.list({ limit: 1 }), (page) => setRollSize(page.total), null, [version]);
  return rollSize;
}

/**
 * The values each filter offers (statuses, tags, buildings…). Reading them means a pass over the
 * whole roll, so they are fetched only when a menu that lists them opens, and again only if the
 * roll has changed (`version`) since.
 */
export function useRollFacets(version: number): { facets: Facets; loaded: boolean; want: () => void } {
  const [facets, setFacets] = useState<{ version: number; facets: Facets } | null>(null);
  const asked = useRef<number | null>(null);
  const want = useCallback(() => {
    if (asked.current === version) return;
    asked.current = version;
    window.chapter.roll
      .facets({})
      .then((next) => setFacets({ version, facets: next }))
      .catch(() => {
        // The menus stay as they were; asking again next time may work.
        asked.current = null;
      });
  }, [version]);
  return { facets: facets?.facets ?? NO_FACETS, loaded: facets !== null, want };
}
