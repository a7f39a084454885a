/** A member's part in the chapter's meetings, for their page: attended, moved or seconded, owns. */
import type { MemberMeetingRecord } from '../../shared/meetings';
import { all, sql } from '../db/sql';
import type { VaultContext } from '../core/context';
import { getMember } from '../roll/members';
import { actionsOwnedBy } from './actions';

export function memberRecord(context: VaultContext, memberId: string): MemberMeetingRecord {
  getMember(context, memberId);
  const attended = all<{ meetingId: string; title: string; date: string }>(
    context.db,
    sql`SELECT m.id AS meetingId, m.title, m.starts_at AS date FROM attendance a JOIN meetings m ON m.id = a.meeting_id
        WHERE a.member_id = ${memberId} ORDER BY m.starts_at DESC`,
  );
  const motions = all<{ meetingId: string; title: string; date: string; motionId: string; text: string; role: 'mover' | 'seconder' }>(
    context.db,
    sql`SELECT m.id AS meetingId, m.title, m.starts_at AS date, x.id AS motionId, x.text,
               CASE WHEN x.mover_id = ${memberId} THEN 'mover' ELSE 'seconder' END AS role
        FROM motions x JOIN meetings m ON m.id = x.meeting_id
        WHERE x.mover_id = ${memberId} OR x.seconder_id = ${memberId}
        ORDER BY m.starts_at DESC, x.position`,
  );
  return { attended, motions, actions: actionsOwnedBy(context, memberId) };
}
