import { NOT_MEMBER_STATUSES, type Standing } from '../../shared/roll';
import { raw, sql, type SqlQuery } from '../db/sql';

/**
 * Standing comes from dues paid-through, never typed in: current while paid up, in grace for
 * `graceDays` after, then lapsed; unknown without a date.
 */
export function standingOf(duesPaidThrough: string, today: string, graceDays: number): Standing {
  if (!duesPaidThrough) return 'unknown';
  if (duesPaidThrough >= today) return 'current';
  const graceEnds = new Date(`${duesPaidThrough}T00:00:00Z`);
  graceEnds.setUTCDate(graceEnds.getUTCDate() + graceDays);
  return graceEnds.toISOString().slice(0, 10) >= today ? 'grace' : 'lapsed';
}

/** The paid-through date at which a member stops being in each standing, for SQL filters. */
export function standingThresholds(today: string, graceDays: number): { graceFrom: string } {
  const from = new Date(`${today}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - graceDays);
  return { graceFrom: from.toISOString().slice(0, 10) };
}

/**
 * SQL: the status names a member (shared/roll.ts, isMemberStatus). Statuses are stored as the
 * chapter spells them, so lower() and trim() match the folded comparison for the fixed words.
 */
export function memberStatusCondition(column: string): SqlQuery {
  const words = NOT_MEMBER_STATUSES.map((word) => sql`${word}`).reduce((list, word) => sql`${list}, ${word}`);
  return sql`lower(trim(${raw(column)})) NOT IN (${words})`;
}
