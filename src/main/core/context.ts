import type { Settings } from '../../shared/contract';
import type { Db } from '../db/connection';
import type { SyncedKind } from './synced-records';

/** What every roll operation needs: the open database, who is acting, the time, the chapter's rules. */
export interface VaultContext {
  db: Db;
  officerId: string;
  now: () => Date;
  settings: Settings;
  /** The record kinds beyond members and minutes that sync (campaigns, attempts…), in merge order. */
  kinds: readonly SyncedKind[];
}

export function today(context: VaultContext): string {
  return context.now().toISOString().slice(0, 10);
}
