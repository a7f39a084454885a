/**
 * Which structure the roll actually has, for grouping when nobody said: the chapter's kind,
 * unless nobody has a value at its top level while somebody has one at the other's (a roll of
 * buildings in a vault still set up as a workplace chapter).
 */
import type { Db } from '../../db/connection';
import { get, raw, sql } from '../../db/sql';

export function structureKind(db: Db, chapterKind: 'tenant' | 'workplace'): 'tenant' | 'workplace' {
  const used = (column: 'building' | 'workplace'): boolean =>
    get(db, sql`SELECT 1 FROM members WHERE deleted_at = '' AND ${raw(column)} != '' LIMIT 1`) !== undefined;
  const other = chapterKind === 'tenant' ? 'workplace' : 'tenant';
  return !used(chapterKind === 'tenant' ? 'building' : 'workplace') && used(other === 'tenant' ? 'building' : 'workplace') ? other : chapterKind;
}
