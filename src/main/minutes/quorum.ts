/**
 * Quorum: a fixed number of members present, or a percentage of the members in good standing.
 * Either way only members in good standing count (shared/roll.ts, inGoodStanding): a walk-in
 * prospect, a former or a lapsed member is listed as present but not counted.
 */
import type { QuorumRule, QuorumState } from '../../shared/meetings';
import { get, sql } from '../db/sql';
import { memberStatusCondition } from '../roll/standing';
import { today, type VaultContext } from '../core/context';
import { standingThresholds } from '../roll/standing';

/**
 * Members needed: a percentage is rounded up (10% of 211 is 22: 21 would be less than 10%).
 * The small tolerance keeps floating point from turning 10% of 210 (exactly 21) into 22.
 */
export function quorumRequired(rule: QuorumRule, goodStanding: number): number {
  if (rule.kind === 'count') return rule.count;
  return Math.max(0, Math.ceil((rule.percent * goodStanding) / 100 - 1e-9));
}

export function describeQuorumRule(rule: QuorumRule, goodStanding: number): string {
  if (rule.kind === 'count') return `${rule.count} ${rule.count === 1 ? 'member' : 'members'} present`;
  return `${rule.percent}% of ${goodStanding} ${goodStanding === 1 ? 'member' : 'members'} in good standing`;
}

/** Live members in good standing today: a member's status, dues current or in grace. */
export function goodStandingCount(context: VaultContext): number {
  const { graceFrom } = standingThresholds(today(context), context.settings.duesGraceDays);
  return get<{ n: number }>(
    context.db,
    sql`SELECT count(*) AS n FROM members
        WHERE deleted_at = '' AND dues_paid_through != '' AND dues_paid_through >= ${graceFrom} AND ${memberStatusCondition('status')}`,
  )!.n;
}

export function quorumState(rule: QuorumRule, goodStanding: number, present: number): QuorumState {
  const required = quorumRequired(rule, goodStanding);
  return { rule: describeQuorumRule(rule, goodStanding), required, present, met: present >= required };
}
