/**
 * Every organizing record kind that travels between officers, in the order an import merges
 * them: a kind that refers to another comes after it (a campaign before its responses). The
 * service puts this list into the vault context; the exchange and member deletion read it there.
 */
import type { SyncedKind } from '../core/synced-records';
import { campaignKinds } from './campaigns/kinds';
import { committeeKinds } from './committee/kinds';
import { placeKinds } from './places/kinds';

export const ORGANIZING_KINDS: readonly SyncedKind[] = [...placeKinds, ...campaignKinds, ...committeeKinds];
