/** One-on-one conversations with a member, and the assessment changes they bring. */
import { randomUUID } from 'node:crypto';
import type { Conversation } from '../../shared/roll';
import { all, get, run, sql } from '../db/sql';
import { UserError } from '../errors';
import { nextStamp } from '../exchange/hlc';
import { recordAudit } from './audit';
import { today, type RollContext } from './context';
import { getMember, updateMember } from './members';
import { normalizeDate } from './normalize';

export interface NewConversation {
  memberId: string;
  date?: string;
  talkedBy?: string;
  notes: string;
  assessment?: number | null;
}

export function addConversation(context: RollContext, input: NewConversation): Conversation {
  const member = getMember(context, input.memberId);
  const date = input.date ? normalizeDate(input.date, context.settings.dateOrder) : today(context);
  if (!date) throw new UserError('INVALID_INPUT', `"${input.date}" is not a date (use YYYY-MM-DD).`);
  const talkedBy =
    input.talkedBy?.trim() ||
    get<{ name: string }>(context.db, sql`SELECT name FROM officers WHERE id = ${context.officerId}`)?.name ||
    '';
  const after = input.assessment ?? null;
  const id = randomUUID();
  context.db.transaction(() => {
    const stamp = nextStamp(context.db, context.officerId, context.now().getTime());
    run(
      context.db,
      sql`INSERT INTO conversations (id, member_id, date, officer_id, talked_by, notes, assessment_before, assessment_after, clocks, created_at)
          VALUES (${id}, ${member.id}, ${date}, ${context.officerId}, ${talkedBy}, ${input.notes.trim()},
                  ${member.assessment}, ${after}, ${JSON.stringify({ all: stamp })}, ${context.now().toISOString()})`,
    );
    recordAudit(context, { entity: 'conversation', entityId: id, action: 'create', after: { member_id: member.id, date, talked_by: talkedBy } });
    if (after !== null && after !== member.assessment) updateMember(context, member.id, { assessment: after }, 'assessment from conversation');
  })();
  return listConversations(context, member.id).find((conversation) => conversation.id === id)!;
}

export function listConversations(context: RollContext, memberId: string): Conversation[] {
  return all<Conversation>(
    context.db,
    sql`SELECT id, member_id, date, talked_by, notes, assessment_before, assessment_after, created_at
        FROM conversations WHERE member_id = ${memberId} AND deleted_at = '' ORDER BY date DESC, created_at DESC`,
  );
}
