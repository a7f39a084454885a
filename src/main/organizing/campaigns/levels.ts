/**
 * The chapter's structure as campaigns group by it. STAND-IN until the lead's
 * src/main/organizing/structure.ts lands (levelsFor, levelColumn): same names, same meaning.
 */
import type { StructureLevel } from '../../../shared/campaigns';
import type { Db } from '../../db/connection';
import { get, raw, sql, type RawSql } from '../../db/sql';

export function levelsFor(kind: 'tenant' | 'workplace'): StructureLevel[] {
  return kind === 'tenant' ? ['building', 'floor', 'unit'] : ['workplace', 'department', 'shift'];
}

/** The members column (alias m) a level groups by; floor is the derived floor_key. */
export function levelColumn(level: StructureLevel): RawSql {
  return raw(level === 'floor' ? 'm.floor_key' : `m.${level}`);
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
export const compareNatural = (a: string, b: string): number => collator.compare(a, b);

/**
 * The structure the roll actually has: the chapter's kind, unless nobody has a value at its top
 * level while somebody has one at the other's (a roll of buildings in a vault still set up as a
 * workplace chapter), so progress and the wall chart group by what is there.
 */
export function structureKind(db: Db, chapterKind: 'tenant' | 'workplace'): 'tenant' | 'workplace' {
  const used = (column: 'building' | 'workplace'): boolean =>
    get(db, sql`SELECT 1 FROM members WHERE deleted_at = '' AND ${raw(column)} != '' LIMIT 1`) !== undefined;
  const other = chapterKind === 'tenant' ? 'workplace' : 'tenant';
  return !used(chapterKind === 'tenant' ? 'building' : 'workplace') && used(other === 'tenant' ? 'building' : 'workplace') ? other : chapterKind;
}
