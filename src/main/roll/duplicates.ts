/**
 * Finding likely duplicates (a shared e-mail or phone, or the same name once accents and case
 * are ignored) and merging two members field by field, keeping both histories.
 */
import type { DuplicatePair, DuplicateReason, Member, MemberFields, MemberInput } from '../../shared/roll';
import { all, run, sql } from '../db/sql';
import { UserError } from '../errors';
import { repointMemberRecords } from '../core/synced-records';
import { recordAudit } from '../core/audit';
import type { VaultContext } from '../core/context';
import { snapshotMembers, type ErasedSnapshot } from './erase';
import { deleteMembers, getMember, updateMember } from './members';
import { splitMulti } from './normalize';

const MAX_PAIRS = 500;

/** A shared e-mail or phone says far more than a shared name: those pairs come first. */
const STRONG: ReadonlySet<DuplicateReason> = new Set(['email', 'phone']);

interface DuplicateRow {
  id: string;
  name_key: string;
  email: string;
  phone_digits: string;
  street: string;
  building: string;
  unit: string;
}

/**
 * Two records that share only a name, and whose contact details all differ where both have them
 * (e-mail, phone, street, building and unit): most likely two people with a common name.
 */
function differsInEveryContact(a: DuplicateRow, b: DuplicateRow): boolean {
  const fields = [
    [a.email, b.email],
    [a.phone_digits, b.phone_digits],
    [a.street.toLowerCase(), b.street.toLowerCase()],
    [`${a.building}\u0001${a.unit}`.toLowerCase(), `${b.building}\u0001${b.unit}`.toLowerCase()],
  ].filter(([x, y]) => x && y && x !== '\u0001' && y !== '\u0001');
  return fields.length > 0 && fields.every(([x, y]) => x !== y);
}

/** Pairs an officer said are not the same person. */
function distinctPairs(context: VaultContext): Set<string> {
  return new Set(all<{ a: string; b: string }>(context.db, sql`SELECT a, b FROM distinct_members`).map((row) => `${row.a} ${row.b}`));
}

export function markNotDuplicate(context: VaultContext, a: string, b: string): void {
  if (a === b) throw new UserError('INVALID_INPUT', 'Choose two different members.');
  getMember(context, a);
  getMember(context, b);
  const [first, second] = [a, b].sort() as [string, string];
  run(
    context.db,
    sql`INSERT INTO distinct_members (a, b, marked_at, officer_id) VALUES (${first}, ${second}, ${context.now().toISOString()}, ${context.officerId})
        ON CONFLICT (a, b) DO NOTHING`,
  );
}

export function findDuplicates(context: VaultContext, options: { includeNameOnly?: boolean } = {}): DuplicatePair[] {
  const rows = all<DuplicateRow>(
    context.db,
    sql`SELECT id, name_key, email, phone_digits, street, building, unit FROM members WHERE deleted_at = '' ORDER BY sort_name`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const notDuplicates = distinctPairs(context);
  const groups = new Map<string, string[]>();
  const add = (key: string, id: string): void => {
    const list = groups.get(key);
    if (list) list.push(id);
    else groups.set(key, [id]);
  };
  for (const row of rows) {
    if (row.name_key) add(`name:${row.name_key}`, row.id);
    for (const email of splitMulti(row.email)) add(`email:${email}`, row.id);
    // E.164 digits are the longest form of each number; national digits would pair across countries.
    for (const digits of row.phone_digits.split(' ').filter((token) => token.length >= 10)) add(`phone:${digits}`, row.id);
  }
  const reasons = new Map<string, Set<DuplicateReason>>();
  for (const [key, ids] of groups) {
    if (ids.length < 2 || ids.length > 20) continue; // 20 "Maria Garcia"s are a common name, not a duplicate.
    const kind = key.slice(0, key.indexOf(':')) as DuplicateReason;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const pairKey = [ids[i], ids[j]].sort().join(' ');
        const set = reasons.get(pairKey) ?? new Set<DuplicateReason>();
        set.add(kind);
        reasons.set(pairKey, set);
      }
    }
  }
  const strength = (why: Set<DuplicateReason>): number => [...why].filter((reason) => STRONG.has(reason)).length * 10 + why.size;
  return [...reasons.entries()]
    .filter(([pairKey]) => !notDuplicates.has(pairKey))
    .filter(([pairKey, why]) => {
      if (options.includeNameOnly || [...why].some((reason) => STRONG.has(reason))) return true;
      const [a, b] = pairKey.split(' ') as [string, string];
      return !differsInEveryContact(byId.get(a)!, byId.get(b)!);
    })
    .sort((a, b) => strength(b[1]) - strength(a[1]))
    .slice(0, MAX_PAIRS)
    .map(([pairKey, why]) => {
      const [a, b] = pairKey.split(' ') as [string, string];
      return { a: getMember(context, a), b: getMember(context, b), reasons: [...why].sort() };
    });
}

/** For each field: keep this member's value, take the other's, or (for lists and notes) both. */
export type MergeChoice = 'keep' | 'other' | 'both';
const COMBINABLE = new Set(['email', 'phone', 'tags', 'languages', 'notes']);

function combine(field: string, mine: string, theirs: string): string {
  if (!mine) return theirs;
  if (!theirs || mine === theirs) return mine;
  if (field === 'notes') return `${mine}\n\n${theirs}`;
  return field === 'email' || field === 'phone' ? `${mine}; ${theirs}` : `${mine}, ${theirs}`;
}

/**
 * Merges `otherId` into `keepId`; the other member is then deleted, which erases them. Returns
 * the merged member and what an undo needs (both members as they were), to hold in memory.
 */
export function mergeMembers(
  context: VaultContext,
  keepId: string,
  otherId: string,
  choices: Record<string, MergeChoice>,
): { member: Member; undo: ErasedSnapshot } {
  if (keepId === otherId) throw new UserError('INVALID_INPUT', 'Choose two different members to merge.');
  const keep = getMember(context, keepId);
  const other = getMember(context, otherId);
  const input: MemberInput = {};
  const custom = { ...keep.custom };
  for (const [field, choice] of Object.entries(choices)) {
    if (choice === 'keep') continue;
    if (field.startsWith('custom.')) {
      const key = field.slice('custom.'.length);
      if (other.custom[key] !== undefined) custom[key] = other.custom[key]!;
      else delete custom[key];
      continue;
    }
    if (!(field in keep) || field === 'custom' || field === 'id') throw new UserError('INVALID_INPUT', `Cannot merge the field "${field}".`);
    const key = field as keyof MemberFields;
    if (choice === 'both') {
      if (!COMBINABLE.has(field)) throw new UserError('INVALID_INPUT', `"${field}" cannot hold both values; choose one.`);
      (input as Record<string, unknown>)[key] = combine(field, String(keep[key]), String(other[key]));
    } else {
      (input as Record<string, unknown>)[key] = other[key];
    }
  }
  input.custom = custom;
  return context.db.transaction(() => {
    const undo = snapshotMembers(context.db, [keepId, otherId]);
    // The other member's history now belongs to the one kept: contact attempts (conversations
    // among them), ties and audit entries.
    repointMemberRecords(context, context.kinds, otherId, keepId);
    run(context.db, sql`UPDATE audit_log SET entity_id = ${keepId} WHERE entity = 'member' AND entity_id = ${otherId}`);
    const merged = updateMember(context, keepId, input, 'merge');
    recordAudit(context, { entity: 'member', entityId: keepId, action: 'merged', before: null, after: null, note: `merged with ${otherId}` });
    deleteMembers(context, [otherId]);
    return { member: merged, undo };
  })();
}
