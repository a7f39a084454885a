import type { RollContext } from '../../src/main/roll/context';
import { addMember } from '../../src/main/roll/members';
import type { MemberInput } from '../../src/shared/roll';

/** Adds members; returns their ids in order. */
export function addMembers(context: RollContext, members: MemberInput[]): string[] {
  return members.map((member) => addMember(context, member).id);
}

/** `count` members of one building, units across floors: 1A, 1B, 2A, 2B, … */
export function building(name: string, floors: number, perFloor: number, extra: MemberInput = {}): MemberInput[] {
  const members: MemberInput[] = [];
  for (let floor = 1; floor <= floors; floor++) {
    for (let index = 0; index < perFloor; index++) {
      members.push({ first_name: `${name}${floor}${String.fromCharCode(65 + index)}`, last_name: 'Tenant', building: name, unit: `${floor}${String.fromCharCode(65 + index)}`, status: 'member in good standing', ...extra });
    }
  }
  return members;
}

/**
 * TEMPORARY until the lead's migration 0012 lands (members.floor_key, derived in members.ts):
 * adds the column and derives it with a tiny local floorOf, so campaign tests run before then.
 */
const addedHere = new WeakSet<object>();
export function deriveFloors(context: RollContext): void {
  const columns = context.db.pragma('table_info(members)') as { name: string }[];
  if (!columns.some((column) => column.name === 'floor_key')) {
    context.db.exec(`ALTER TABLE members ADD COLUMN floor_key TEXT NOT NULL DEFAULT ''`);
    addedHere.add(context.db);
  }
  if (!addedHere.has(context.db)) return;
  const floorOf = (unit: string): string => {
    const text = unit.trim().replace(/^(apt|unit|#)\.?\s*/i, '');
    if (/^PH/i.test(text)) return 'PH';
    const digits = /\d+/.exec(text)?.[0] ?? '';
    if (/^\d+$/.test(text)) return text.length >= 3 ? text.slice(0, text.length - 2) : text.slice(0, 1);
    return digits;
  };
  const rows = context.db.prepare('SELECT id, unit FROM members').all() as { id: string; unit: string }[];
  const update = context.db.prepare('UPDATE members SET floor_key = ? WHERE id = ?');
  for (const row of rows) update.run(floorOf(row.unit), row.id);
}
