/**
 * A campaign's universe: who counts. Live members with one of the campaign's statuses, narrowed
 * by at most one FIELD=VALUE filter (one building, one department), so percentages are over the
 * people who matter, not the whole roll.
 */
import { MEMBER_TEXT_FIELDS } from '../../../shared/roll';
import type { Campaign } from '../../../shared/campaigns';
import type { Db } from '../../db/connection';
import { raw, sql, type SqlQuery } from '../../db/sql';
import { UserError } from '../../errors';
import { listCustomFields } from '../../roll/custom-fields';
import { foldText } from '../../roll/normalize';

/** Fields stored as "a, b, c" lists: a filter matches one item, not the whole text. */
const LIST_FIELDS = new Set(['tags', 'languages']);
/** Free text a universe is never drawn by. */
const NOT_FILTERS = new Set(['notes', 'email', 'phone', 'first_name', 'last_name', 'preferred_name', 'street']);

export type FilterField = { kind: 'column'; column: string } | { kind: 'list'; column: string } | { kind: 'custom'; key: string } | { kind: 'assessment' };

/** What a filter field names, or a refusal that lists what it can be. */
export function resolveFilterField(db: Db, field: string): FilterField {
  const key = field.trim().toLowerCase();
  if (key === 'floor') return { kind: 'column', column: 'floor_key' };
  if (key === 'assessment') return { kind: 'assessment' };
  if ((MEMBER_TEXT_FIELDS as readonly string[]).includes(key) && !NOT_FILTERS.has(key)) {
    return LIST_FIELDS.has(key) ? { kind: 'list', column: key } : { kind: 'column', column: key };
  }
  if (listCustomFields(db).some((custom) => custom.key === key)) return { kind: 'custom', key };
  const allowed = ['building', 'floor', 'unit', 'workplace', 'department', 'shift', 'status', 'tags', 'assessment', '…'];
  throw new UserError('INVALID_INPUT', `A campaign's universe cannot be drawn by "${field}"; use a field such as ${allowed.join(', ')}.`);
}

/** The live members of a campaign's universe, as a condition over `members m`. */
export function universeWhere(db: Db, campaign: Pick<Campaign, 'statuses' | 'filter'>): SqlQuery {
  const statuses = campaign.statuses.length > 0 ? campaign.statuses : ['\u0000'];
  let where = sql`m.deleted_at = '' AND m.status COLLATE NOCASE IN (${join(statuses.map((status) => sql`${status}`))})`;
  if (campaign.filter) where = sql`${where} AND ${filterCondition(db, campaign.filter.field, campaign.filter.value)}`;
  return where;
}

function filterCondition(db: Db, field: string, value: string): SqlQuery {
  const target = resolveFilterField(db, field);
  const wanted = value.trim();
  switch (target.kind) {
    case 'assessment':
      return wanted === '' ? sql`m.assessment IS NULL` : sql`m.assessment = ${Number(wanted)}`;
    case 'custom':
      return sql`coalesce(json_extract(m.custom, ${`$.${target.key}`}), '') = ${wanted} COLLATE NOCASE`;
    case 'list': {
      const escaped = wanted.replace(/[\\%_]/g, (char) => `\\${char}`);
      return sql`(', ' || m.${raw(target.column)} || ', ') LIKE ${`%, ${escaped}, %`} ESCAPE '\\'`;
    }
    default:
      return sql`m.${raw(target.column)} = ${wanted} COLLATE NOCASE`;
  }
}

/** The chapter's spelling of each status asked for; every status but `former` when none is. */
export function resolveStatuses(chapterStatuses: readonly string[], asked: readonly string[] | undefined): string[] {
  if (!asked || asked.length === 0) return chapterStatuses.filter((status) => foldText(status) !== 'former');
  return [
    ...new Set(
      asked.map((status) => {
        const found = chapterStatuses.find((candidate) => foldText(candidate) === foldText(status));
        if (!found) throw new UserError('INVALID_INPUT', `"${status}" is not one of the chapter's statuses (${chapterStatuses.join(', ')}).`);
        return found;
      }),
    ),
  ];
}

function join(parts: SqlQuery[]): SqlQuery {
  return parts.reduce<SqlQuery | null>((joined, part) => (joined ? sql`${joined}, ${part}` : part), null) ?? sql`NULL`;
}
