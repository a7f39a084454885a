import { useCallback, useState } from 'react';
import type { Settings } from '../../../shared/contract';
import type { CustomField, Facets, SavedView } from '../../../shared/roll';
import { useChapterData } from '../ui/chapter-data';
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
 * How many members the roll has in all: the "of N" in "12 of 1,234 members". Read only while the
 * table is narrowed (a search or a filter); otherwise the table's own count is the roll's.
 */
export function useRollSize(narrowed: boolean): number | null {
  // A failed read only leaves out the "of N"; the table reports its own failures.
  return useChapterData('roll:list', { limit: 1 }, { enabled: narrowed }).data?.total ?? null;
}

/**
 * The values each filter offers (statuses, tags, buildings…). Reading them means a pass over the
 * whole roll, so they are read only when a menu that lists them opens (`want`), and again only
 * if the roll has changed since.
 */
export function useRollFacets(): { facets: Facets; loaded: boolean; want: () => void } {
  // The menus stay as they were if a read fails; asking again next time may work.
  const { data, want } = useChapterData('roll:facets', {}, { onDemand: true });
  return { facets: data ?? NO_FACETS, loaded: data !== undefined, want };
}
