import initial from './0001_initial';
import roll from './0002_roll';
import syncState from './0003_sync_state';
import searchLiveOnly from './0004_search_live_only';
import rollSortIndexes from './0005_roll_sort_indexes';
import meetings from './0006_meetings';
import searchSource from './0007_search_source';
import pqRecipients from './0008_pq_recipients';
import meetingClocks from './0009_meeting_clocks';
import organizingStructure from './0010_organizing_structure';
import firstHour from './0011_first_hour';
import eraseDeletedMembers from './0012_erase_deleted_members';
import places from './0013_places';
import campaigns from './0014_campaigns';
import organizingCommittee from './0015_organizing_committee';
import type { Db } from '../connection';

export interface Migration {
  version: number;
  name: string;
  /** The schema change. */
  sql?: string;
  /**
   * Code that runs after `sql`, inside the same transaction as every pending step: a backfill
   * that SQL alone cannot express is done once, here, not lazily by whichever feature reads first.
   */
  up?: (db: Db) => void;
}

/** In order; each version is one more than the one before. */
export const migrations: readonly Migration[] = [
  initial,
  roll,
  syncState,
  searchLiveOnly,
  rollSortIndexes,
  meetings,
  searchSource,
  pqRecipients,
  meetingClocks,
  organizingStructure,
  firstHour,
  eraseDeletedMembers,
  places,
  campaigns,
  organizingCommittee,
];
