/**
 * Contact attempts: the one log of every try to reach a member — a knock, a call, a text, a
 * word at work or at a meeting — with what came of it and when to go back. A conversation (the
 * roll's one-on-one, with its notes and assessment change) is an attempt whose outcome is
 * `talked`: there is no second log.
 */
import { z } from 'zod';
import {
  CONTACT_OUTCOMES,
  CONTACT_VIAS,
  type ContactAttempt,
  type ContactOutcome,
  type ContactVia,
  type NewContactAttempt,
} from '../../shared/committee';
import { createSynced, readSynced, updateSynced, type SyncedKind } from '../core/synced-records';
import { all, get, sql } from '../db/sql';
import { UserError } from '../errors';
import type { VaultContext } from '../core/context';
import { getMember, updateMember } from './members';
import { normalizeDate } from './normalize';
import { calendarDay } from '../../shared/calendar';

const Text = (max: number) => z.string().max(max);
const Assessment = z.number().int().min(1).max(5).nullable();
/** Erased fields of a tombstone travel as '' (or null), so each field also takes its empty value. */
const orEmpty = <T extends z.ZodType<string>>(schema: T) => z.union([schema, z.literal('')]);

export const contactAttemptKind: SyncedKind = {
  name: 'contact_attempt',
  table: 'contact_attempts',
  fields: {
    member_id: Text(100),
    date: orEmpty(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
    via: orEmpty(z.enum(CONTACT_VIAS)),
    outcome: orEmpty(z.enum(CONTACT_OUTCOMES)),
    by_name: Text(500),
    officer_id: Text(100),
    notes: Text(50_000),
    assessment_before: Assessment,
    assessment_after: Assessment,
    next_date: orEmpty(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
    next_reason: Text(2000),
  },
  memberColumns: ['member_id'],
  describe: (fields) => `${String(fields.outcome || 'contact')} on ${String(fields.date || '?')}`,
};

const REASON_FROM_NOTES_MAX = 200;
const firstLine = (text: string): string => (text.trim().split('\n')[0] ?? '').slice(0, REASON_FROM_NOTES_MAX);

const WORDS = (list: readonly string[]): string => list.join(', ');

/** An outcome word as typed ("Not home", "not-home", "NOT_HOME") → the outcome, or one sentence. */
export function parseOutcome(word: string): ContactOutcome {
  const key = word.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const found = CONTACT_OUTCOMES.find((outcome) => outcome === key);
  if (!found) throw new UserError('INVALID_INPUT', `"${word}" is not an outcome; use one of: ${WORDS(CONTACT_OUTCOMES)}.`);
  return found;
}

export function parseVia(word: string): ContactVia {
  const key = word.trim().toLowerCase();
  const found = CONTACT_VIAS.find((via) => via === key);
  if (!found) throw new UserError('INVALID_INPUT', `"${word}" is not a way to reach someone; use one of: ${WORDS(CONTACT_VIAS)}.`);
  return found;
}

/** A calendar day as typed, in the chapter's date order; one sentence when it is not one. */
export function parseDay(context: VaultContext, text: string, what: string): string {
  const day = normalizeDate(text, context.settings.dateOrder);
  if (!day) throw new UserError('INVALID_INPUT', `The ${what} "${text}" is not a date (use YYYY-MM-DD).`);
  return day;
}

function officerName(context: VaultContext): string {
  return get<{ name: string }>(context.db, sql`SELECT name FROM officers WHERE id = ${context.officerId}`)?.name ?? '';
}

interface CheckedAttempt {
  memberId: string;
  fields: Record<string, string | number | null>;
  assessment: number | null;
  status: string | null;
}

/** Everything about one attempt that can be wrong, found before anything is written. */
function checkAttempt(context: VaultContext, input: NewContactAttempt, by: string): CheckedAttempt {
  const member = getMember(context, input.memberId);
  const via = input.via === '' ? '' : parseVia(input.via);
  const outcome = parseOutcome(input.outcome);
  const date = input.date?.trim() ? parseDay(context, input.date, 'date') : calendarDay(context.now());
  const next = input.next?.trim() ? parseDay(context, input.next, 'follow-up date') : '';
  const assessment = input.assessment ?? null;
  if (assessment !== null && outcome !== 'talked') {
    throw new UserError('INVALID_INPUT', 'An assessment comes from a conversation: record it with the outcome talked.');
  }
  let status: string | null = null;
  if (input.status?.trim()) {
    if (outcome !== 'moved') throw new UserError('INVALID_INPUT', 'The status changes with an attempt only when the member moved or left the job.');
    status = context.settings.statuses.find((candidate) => candidate.toLowerCase() === input.status!.trim().toLowerCase()) ?? null;
    if (!status) throw new UserError('INVALID_INPUT', `"${input.status}" is not one of the chapter's statuses (${context.settings.statuses.join(', ')}).`);
  }
  return {
    memberId: member.id,
    assessment: assessment !== null && assessment !== member.assessment ? assessment : null,
    status: status !== null && status !== member.status ? status : null,
    fields: {
      member_id: member.id,
      date,
      via,
      outcome,
      by_name: input.by?.trim() || by,
      officer_id: context.officerId,
      notes: (input.notes ?? '').trim(),
      assessment_before: member.assessment,
      assessment_after: assessment,
      next_date: next,
      // Without a reason of its own, a follow-up goes back about what the notes say.
      next_reason: next ? (input.reason ?? firstLine(input.notes ?? '')).trim() : '',
    },
  };
}

function writeAttempt(context: VaultContext, checked: CheckedAttempt): string {
  const id = createSynced(context, contactAttemptKind, checked.fields);
  if (checked.assessment !== null) updateMember(context, checked.memberId, { assessment: checked.assessment }, 'assessment from conversation');
  if (checked.status !== null) updateMember(context, checked.memberId, { status: checked.status }, 'status from contact attempt');
  return id;
}

/** Logs one attempt (and, in the same transaction, the assessment or status change it brings). */
export function addAttempt(context: VaultContext, input: NewContactAttempt): ContactAttempt {
  const checked = checkAttempt(context, input, officerName(context));
  const id = context.db.transaction(() => writeAttempt(context, checked))();
  return readAttempt(context, id);
}

/**
 * A whole walk sheet at once: every row is checked first, then all are written in one
 * transaction, so a sheet is saved whole or (with one sentence naming the row) not at all.
 */
export function addAttempts(context: VaultContext, inputs: NewContactAttempt[]): number {
  const by = officerName(context);
  const checked = inputs.map((input, index) => {
    try {
      return checkAttempt(context, input, by);
    } catch (error) {
      if (error instanceof UserError) throw new UserError(error.code, `Row ${index + 1}: ${error.message} Nothing was saved.`);
      throw error;
    }
  });
  context.db.transaction(() => {
    for (const attempt of checked) writeAttempt(context, attempt);
  })();
  return checked.length;
}

interface AttemptRow {
  id: string;
  member_id: string;
  date: string;
  via: string;
  outcome: ContactOutcome;
  by_name: string;
  notes: string;
  assessment_before: number | null;
  assessment_after: number | null;
  next_date: string;
  next_reason: string;
  created_at: string;
}

const asAttempt = ({ by_name, ...row }: AttemptRow): ContactAttempt => ({ ...row, by: by_name });

function readAttempt(context: VaultContext, id: string): ContactAttempt {
  const row = get<AttemptRow>(
    context.db,
    sql`SELECT id, member_id, date, via, outcome, by_name, notes, assessment_before, assessment_after, next_date, next_reason, created_at
        FROM contact_attempts WHERE id = ${id} AND deleted_at = ''`,
  );
  if (!row) throw new UserError('NOT_FOUND', 'That contact attempt is not in the vault.');
  return asAttempt(row);
}

/** A member's attempts, newest first; with `outcome`, only those (the roll's conversations: `talked`). */
export function listAttempts(context: VaultContext, memberId: string, outcome?: ContactOutcome): ContactAttempt[] {
  const rows = all<AttemptRow>(
    context.db,
    sql`SELECT id, member_id, date, via, outcome, by_name, notes, assessment_before, assessment_after, next_date, next_reason, created_at
        FROM contact_attempts WHERE member_id = ${memberId} AND deleted_at = ''
        ORDER BY date DESC, created_at DESC, id DESC`,
  );
  return rows.filter((row) => !outcome || row.outcome === outcome).map(asAttempt);
}

/**
 * Sets (or with next '' clears) a member's next follow-up. It lives on their latest attempt,
 * the way an organizer writes "back on Saturday" under the last knock.
 */
export function setFollowUp(context: VaultContext, memberId: string, nextText: string, reason: string): void {
  const member = getMember(context, memberId);
  const next = nextText.trim() ? parseDay(context, nextText, 'follow-up date') : '';
  const latest = listAttempts(context, member.id)[0];
  if (!latest) throw new UserError('INVALID_INPUT', 'Log a contact attempt first: a follow-up goes with the last attempt to reach them.');
  if (!readSynced(context, contactAttemptKind, latest.id)) throw new UserError('NOT_FOUND', 'That contact attempt is not in the vault.');
  context.db.transaction(() => {
    updateSynced(context, contactAttemptKind, latest.id, { next_date: next, next_reason: next ? reason.trim() : '' });
  })();
}
