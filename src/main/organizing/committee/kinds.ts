/** The committee's synced record kinds, registered once in organizing/kinds.ts. */
import type { SyncedKind } from '../../core/synced-records';
import { contactAttemptKind } from '../../roll/contact-attempts';
import { relationshipKind } from './relationships';

export const committeeKinds: SyncedKind[] = [contactAttemptKind, relationshipKind];
