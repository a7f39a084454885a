/**
 * The breakdown of any roll view: of each building → floor (or workplace → department → shift),
 * how many are leaders, how many assessed 1 or 2, how many current on dues, how many never talked
 * to. What an organizer did with sixty clicks and a calculator, one query.
 */
import type { RollBreakdown, StructureLevel } from '../../../shared/campaigns';
import type { RollQuery } from '../../../shared/roll';
import { sql, type SqlQuery } from '../../db/sql';
import { today, type VaultContext } from '../../core/context';
import { standingThresholds } from '../../roll/standing';
import { breakdown, levelsFor } from '../structure';
import { structureKind } from './levels';
import { wallWhere } from './wall-chart';

export const BREAKDOWN_MEASURES = ['leaders', 'supporters', 'in_good_standing', 'never_talked_to'] as const;

function measures(context: VaultContext): Record<(typeof BREAKDOWN_MEASURES)[number], SqlQuery> {
  const { graceFrom } = standingThresholds(today(context), context.settings.duesGraceDays);
  return {
    leaders: sql`m.assessment = 1`,
    supporters: sql`m.assessment IN (1, 2)`,
    in_good_standing: sql`m.dues_paid_through >= ${graceFrom}`,
    // A conversation is a contact attempt that reached the member (the one log, roll/contact-attempts.ts).
    never_talked_to: sql`NOT EXISTS (SELECT 1 FROM contact_attempts c WHERE c.member_id = m.id AND c.outcome = 'talked' AND c.deleted_at = '')`,
  };
}

export function rollBreakdown(context: VaultContext, query: RollQuery | undefined, by?: StructureLevel[]): RollBreakdown {
  const levels = by && by.length > 0 ? by : levelsFor(structureKind(context.db, context.settings.chapterKind)).slice(0, 2);
  const where = wallWhere(context, { query });
  const rows = breakdown(context.db, { where, by: levels, measures: measures(context) }).map((group) => ({ path: group.group, total: group.total, counts: group.counts }));
  const names = Object.keys(measures(context));
  const total = {
    path: [] as string[],
    total: rows.reduce((sum, row) => sum + row.total, 0),
    counts: Object.fromEntries(names.map((name) => [name, rows.reduce((sum, row) => sum + (row.counts[name] ?? 0), 0)])),
  };
  return { by: levels, rows, total };
}
