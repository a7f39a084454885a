/**
 * The chapter's issue categories, one list for tenant issues and one for grievances, which the
 * chapter can edit. Kept in the vault's settings table under its own key.
 */
import { Categories, DEFAULT_CATEGORIES, type IssueKind } from '../../../shared/places';
import type { Db } from '../../db/connection';
import { get, run, sql } from '../../db/sql';
import { UserError } from '../../errors';
import { foldText } from '../../roll/normalize';
import { normalizeLines } from './fold';

const KEY = 'issueCategories';

export function readCategories(db: Db): Categories {
  const row = get<{ value: string }>(db, sql`SELECT value FROM settings WHERE key = ${KEY}`);
  const parsed = row ? Categories.safeParse(JSON.parse(row.value)) : undefined;
  return parsed?.success ? parsed.data : { tenant: [...DEFAULT_CATEGORIES.tenant], grievance: [...DEFAULT_CATEGORIES.grievance] };
}

export function saveCategories(db: Db, categories: Categories): Categories {
  const cleaned = { tenant: normalizeLines(categories.tenant), grievance: normalizeLines(categories.grievance) };
  if (cleaned.tenant.length === 0 || cleaned.grievance.length === 0) throw new UserError('INVALID_INPUT', 'Keep at least one category of each kind.');
  run(db, sql`INSERT INTO settings (key, value) VALUES (${KEY}, ${JSON.stringify(cleaned)}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  return cleaned;
}

/** Other words people use for a default category. */
const ALIASES: Record<string, string> = { mold: 'mould', 'no heat': 'heat', 'no hot water': 'water', leak: 'water', leaks: 'water', bugs: 'pests', roaches: 'pests', mice: 'pests', rats: 'pests', eviction: 'eviction notice', 'rent hike': 'rent increase', schedule: 'schedules', scheduling: 'schedules' };

const folded = (text: string) => foldText(text.replace(/[-_]+/g, ' '));

/** The chapter's spelling of `typed` ('Rent-Increase' → 'rent increase'), or a sentence saying what the choices are. */
export function matchCategory(db: Db, kind: IssueKind, typed: string): string {
  const list = readCategories(db)[kind];
  const wanted = folded(typed);
  const found = list.find((category) => folded(category) === wanted) ?? list.find((category) => folded(category) === ALIASES[wanted]);
  if (found) return found;
  throw new UserError('INVALID_INPUT', `"${typed.trim()}" is not one of the chapter's ${kind === 'tenant' ? 'issue' : 'grievance'} categories (${list.join(', ')}).`);
}
