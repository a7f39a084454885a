/**
 * Turf: every member is some organizing-committee member's responsibility. Who is on the OC,
 * assigning members to an organizer (a selection, or everyone a filter picks: "floor 3 to
 * Ana"), and coverage — members per organizer against the chapter's ratio, groups with no
 * leader (no assessment-1 member) and members with no organizer.
 */
import { MEMBER_TEXT_FIELDS } from '../../../shared/roll';
import type { Coverage, CoverageGroup, MemberFilter, Organizer } from '../../../shared/committee';
import { all, raw, sql, type SqlQuery } from '../../db/sql';
import { UserError } from '../../errors';
import type { VaultContext } from '../../core/context';
import { getMember, updateMember } from '../../roll/members';
import { compareNatural, levelColumn, levelsFor, type StructureLevel } from '../structure';
import { spokenName } from './followups';

/** The live members on the organizing committee, with how many members each has. */
export function listOrganizers(context: VaultContext): Organizer[] {
  return all<{ id: string; first_name: string; last_name: string; preferred_name: string; members: number }>(
    context.db,
    sql`SELECT o.id, o.first_name, o.last_name, o.preferred_name,
               (SELECT count(*) FROM members m WHERE m.organizer = o.id AND m.deleted_at = '') AS members
        FROM members o WHERE o.organizing_committee = 'yes' AND o.deleted_at = '' ORDER BY o.sort_name, o.id`,
  ).map((row) => ({ id: row.id, name: spokenName(row), members: row.members }));
}

/** An organizer as given: a live member on the OC, or one sentence. */
export function requireOrganizer(context: VaultContext, id: string): string {
  const organizer = getMember(context, id);
  if (organizer.organizing_committee !== 'yes') {
    throw new UserError('INVALID_INPUT', `${spokenName(organizer)} is not on the organizing committee, so cannot be an organizer.`);
  }
  return organizer.id;
}

/**
 * `field=value` pairs → a condition on `members m`, each pair required, case-blind. `floor`
 * is the effective floor (the override, else the one read from the unit).
 */
export function filterCondition(filter: MemberFilter): SqlQuery {
  let condition = sql`m.deleted_at = ''`;
  for (const [field, value] of Object.entries(filter)) {
    const key = field.trim().toLowerCase();
    if (key === 'floor') condition = sql`${condition} AND m.floor_key = ${value.trim()} COLLATE NOCASE`;
    else if (key === 'assessment') condition = sql`${condition} AND m.assessment IS ${/^[1-5]$/.test(value.trim()) ? Number(value.trim()) : null}`;
    else if ((MEMBER_TEXT_FIELDS as readonly string[]).includes(key)) condition = sql`${condition} AND m.${raw(key)} = ${value.trim()} COLLATE NOCASE`;
    else throw new UserError('INVALID_INPUT', `There is no member field named "${field}" to filter by.`);
  }
  return condition;
}

export function selectIds(context: VaultContext, filter: MemberFilter): string[] {
  return all<{ id: string }>(context.db, sql`SELECT m.id FROM members m WHERE ${filterCondition(filter)}`).map((row) => row.id);
}

/**
 * Gives many members one organizer (or, with '', none), in one transaction. The organizer is
 * never assigned to themself: a floor given to the OC member who lives on it skips them.
 */
export function assignOrganizer(context: VaultContext, organizer: string, target: { memberIds?: string[]; filter?: MemberFilter }): number {
  const organizerId = organizer ? requireOrganizer(context, organizer) : '';
  const ids = target.memberIds ?? (target.filter ? selectIds(context, target.filter) : []);
  if (ids.length === 0) throw new UserError('INVALID_INPUT', 'No members were chosen to assign.');
  let assigned = 0;
  context.db.transaction(() => {
    for (const id of new Set(ids)) {
      if (id === organizerId) continue;
      const member = getMember(context, id);
      if (member.organizer === organizerId) continue;
      updateMember(context, id, { organizer: organizerId }, 'assign organizer');
      assigned++;
    }
  })();
  return assigned;
}

/** The levels coverage is read by unless asked: floors of buildings, or shifts of departments. */
export function defaultCoverageLevels(context: VaultContext): StructureLevel[] {
  return context.settings.chapterKind === 'tenant' ? ['building', 'floor'] : ['department', 'shift'];
}

export function coverage(context: VaultContext, by: StructureLevel[] = defaultCoverageLevels(context)): Coverage {
  const allowed = levelsFor(context.settings.chapterKind);
  const levels = by.filter((level) => allowed.includes(level) || level === 'building' || level === 'department');
  const target = context.settings.membersPerOrganizer;
  const columns = levels.map((level, index) => sql`${levelColumn(level)} AS g${raw(String(index))}`);
  const groupBy = levels.map((level) => sql`${levelColumn(level)}`);
  const list = (parts: SqlQuery[]): SqlQuery => parts.reduce((joined, part) => sql`${joined}, ${part}`);
  const rows = all<Record<string, string | number>>(
    context.db,
    sql`SELECT ${list(columns)}, count(*) AS members, count(DISTINCT nullif(m.organizer, '')) AS organizers,
               sum(m.organizer = '') AS unassigned, sum(m.assessment = 1) AS leaders
        FROM members m WHERE m.deleted_at = '' GROUP BY ${list(groupBy)}`,
  );
  const groups: CoverageGroup[] = rows
    .map((row) => {
      const members = Number(row.members);
      const organizers = Number(row.organizers);
      return {
        group: levels.map((_, index) => String(row[`g${index}`] ?? '')),
        members,
        organizers,
        unassigned: Number(row.unassigned),
        leaders: Number(row.leaders),
        ratio: organizers > 0 ? Math.round((members / organizers) * 10) / 10 : null,
        short: Math.max(0, Math.ceil(members / target) - organizers),
      };
    })
    .sort((a, b) => {
      for (let index = 0; index < levels.length; index++) {
        const order = compareNatural(a.group[index]!, b.group[index]!);
        if (order !== 0) return order;
      }
      return 0;
    });
  return {
    by: levels,
    target,
    groups,
    leaderless: groups.filter((group) => group.leaders === 0).map((group) => group.group.map((part) => part || '—').join(' · ')),
    unassigned: groups.reduce((sum, group) => sum + group.unassigned, 0),
    organizers: listOrganizers(context),
  };
}
