/**
 * When two roll entries turn out to be one person, the committee's records of the one let go
 * move to the one kept: their contact attempts and their ties (a tie between the two goes).
 * Written through the synced-record helpers, so other officers' copies follow.
 */
import { deleteSynced, updateSynced } from '../../core/synced-records';
import { all, sql } from '../../db/sql';
import type { RollContext } from '../../roll/context';
import { contactAttemptKind } from './attempts';
import { relationshipKind } from './relationships';

export function moveCommitteeRecords(context: RollContext, fromId: string, toId: string): void {
  for (const { id } of all<{ id: string }>(context.db, sql`SELECT id FROM contact_attempts WHERE member_id = ${fromId} AND deleted_at = ''`)) {
    updateSynced(context, contactAttemptKind, id, { member_id: toId });
  }
  const ties = all<{ id: string; member_id: string; other_id: string }>(
    context.db,
    sql`SELECT id, member_id, other_id FROM relationships WHERE deleted_at = '' AND (member_id = ${fromId} OR other_id = ${fromId})`,
  );
  for (const tie of ties) {
    const memberId = tie.member_id === fromId ? toId : tie.member_id;
    const otherId = tie.other_id === fromId ? toId : tie.other_id;
    if (memberId === otherId) deleteSynced(context, relationshipKind, tie.id);
    else updateSynced(context, relationshipKind, tie.id, { member_id: memberId, other_id: otherId });
  }
}
