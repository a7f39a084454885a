/**
 * One-on-one conversations with a member, and the assessment changes they bring. A conversation
 * is a contact attempt whose outcome is `talked` (organizing/committee/attempts.ts): one log,
 * not two, so the roll's Conversations tab and the committee's follow-up queue read the same rows.
 */
import type { Conversation } from '../../shared/roll';
import { addAttempt, listAttempts } from './contact-attempts';
import type { ContactAttempt } from '../../shared/committee';
import type { VaultContext } from '../core/context';

export interface NewConversation {
  memberId: string;
  date?: string;
  talkedBy?: string;
  notes: string;
  assessment?: number | null;
}

const asConversation = (attempt: ContactAttempt): Conversation => ({
  id: attempt.id,
  member_id: attempt.member_id,
  date: attempt.date,
  talked_by: attempt.by,
  notes: attempt.notes,
  assessment_before: attempt.assessment_before,
  assessment_after: attempt.assessment_after,
  created_at: attempt.created_at,
});

export function addConversation(context: VaultContext, input: NewConversation): Conversation {
  const attempt = addAttempt(context, {
    memberId: input.memberId,
    via: '',
    outcome: 'talked',
    ...(input.date !== undefined ? { date: input.date } : {}),
    ...(input.talkedBy !== undefined ? { by: input.talkedBy } : {}),
    notes: input.notes,
    assessment: input.assessment ?? null,
  });
  return asConversation(attempt);
}

export function listConversations(context: VaultContext, memberId: string): Conversation[] {
  return listAttempts(context, memberId, 'talked').map(asConversation);
}
